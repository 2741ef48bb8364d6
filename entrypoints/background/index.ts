import { defineBackground } from 'wxt/utils/define-background';
import { scheduleCatalogueRefresh } from './catalogue';
import { faqTestHook, resetFaqForTests, scheduleFaqRefresh, seedFaqOnInstall } from './faq';
import { syncManagedPolicy } from './managed';
import { migrateSettingsOnUpdate } from './settings';
import { handleLinkClick, registerLinkMenu } from './link-menu';
import { handleShareClick, registerShareMenu, registerShareNotificationClick } from './share-menu';
import { registerMessageRouter } from './router';
import { registerRescueRule, rescueTestHook } from './rescue';
import { installTestHook } from './test-hook';
import { openWelcomeOnInstall } from './welcome';

export default defineBackground(() => {
  // Wiring only: each feature registers its listeners from a sibling module.
  migrateSettingsOnUpdate();
  syncManagedPolicy();
  scheduleCatalogueRefresh();
  registerShareMenu();
  registerLinkMenu();
  registerShareNotificationClick();
  seedFaqOnInstall();
  scheduleFaqRefresh();
  registerRescueRule();
  openWelcomeOnInstall();
  // One onMessage listener for every feature's messages.
  registerMessageRouter();
  installTestHook({ handleShareClick, handleLinkClick, ...faqTestHook, ...rescueTestHook }, [
    resetFaqForTests,
  ]);
});
