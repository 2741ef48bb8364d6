import { defineBackground } from 'wxt/utils/define-background';
import { installTestHook } from './test-hook';

export default defineBackground(() => {
  // Wiring only: each feature registers its listeners from a sibling module.
  installTestHook();
});
