import { defineBackground } from 'wxt/utils/define-background';

// STUB — context menu, command, open-reader and save-note arrive with issues 4 and 5.
export default defineBackground(() => {});
