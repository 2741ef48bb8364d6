import { defineBackground } from 'wxt/utils/define-background';
import { scheduleCatalogueRefresh } from './catalogue';
import { ensureFaqAlarm, faqTestHook, resetFaqForTests, scheduleFaqRefresh, seedFaqOnInstall } from './faq';
import { syncManagedPolicy, syncManagedPolicyNow } from './managed';
import { migrateSettingsOnUpdate } from './settings';
import { handleLinkClick, registerLinkMenu } from './link-menu';
import { handleShareClick, registerShareMenu } from './share-menu';
import { registerMessageRouter } from './router';
import { registerRescueRule, rescueTestHook, syncRescueRuleForSession } from './rescue';
import { setUpOncePerSession } from './session-start';
import { installTestHook } from './test-hook';
import { openWelcomeOnInstall } from './welcome';

export default defineBackground(() => {
  // Wiring only: each feature registers its listeners from a sibling module.
  migrateSettingsOnUpdate();
  syncManagedPolicy();
  scheduleCatalogueRefresh();
  registerShareMenu();
  registerLinkMenu();
  seedFaqOnInstall();
  scheduleFaqRefresh();
  registerRescueRule();
  openWelcomeOnInstall();
  // One onMessage listener for every feature's messages.
  registerMessageRouter();
  // What the browser keeps for the session (the policy's copy, the FAQ alarm, the rescue rule) is set
  // up at the session's first start, not at every start of the worker (./session-start.ts).
  setUpOncePerSession([syncManagedPolicyNow, () => ensureFaqAlarm(), syncRescueRuleForSession]);
  installTestHook({ handleShareClick, handleLinkClick, ...faqTestHook, ...rescueTestHook }, [
    resetFaqForTests,
  ]);
});
