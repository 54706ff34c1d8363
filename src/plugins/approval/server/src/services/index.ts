import actors from './actors';
import audit from './audit';
import fingerprint from './fingerprint';
import imports from './imports';
import notifications from './notifications';
import scheduler from './scheduler';
import setup from './setup';
import media from './media';
import workflow from './workflow';

export default { actors, audit, fingerprint, imports, media, notifications, scheduler, setup, workflow };
