import { defineBackground } from 'wxt/utils/define-background';
import { scheduleCatalogueRefresh } from './catalogue';
import {
  faqTestHook,
  registerFaqMessages,
  resetFaqForTests,
  scheduleFaqRefresh,
  seedFaqOnInstall,
} from './faq';
import { syncManagedPolicy } from './managed';
import { migrateSettingsOnUpdate } from './settings';
import { handleShareClick, registerShareMenu } from './share-menu';
import { registerSignInMessages } from './signin';
import { installTestHook } from './test-hook';

export default defineBackground(() => {
  // Wiring only: each feature registers its listeners from a sibling module.
  migrateSettingsOnUpdate();
  syncManagedPolicy();
  scheduleCatalogueRefresh();
  registerShareMenu();
  registerSignInMessages();
  seedFaqOnInstall();
  scheduleFaqRefresh();
  registerFaqMessages();
  installTestHook({ handleShareClick, ...faqTestHook }, [resetFaqForTests]);
});
