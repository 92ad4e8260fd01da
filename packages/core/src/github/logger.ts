import * as core from './toolkit.js';
import type { Logger } from '../log.js';

/** The logger action entries pass to gates: workflow commands, collapsible groups. */
export const actionsLogger: Logger = {
  debug: (m) => core.debug(m),
  info: (m) => core.info(m),
  warning: (m) => core.warning(m),
  error: (m) => core.error(m),
  group: (title, fn) => core.group(title, fn),
};
