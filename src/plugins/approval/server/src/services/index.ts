import actors from './actors';
import audit from './audit';
import fingerprint from './fingerprint';
import notifications from './notifications';
import scheduler from './scheduler';
import setup from './setup';
import media from './media';
import workflow from './workflow';

export default { actors, audit, fingerprint, media, notifications, scheduler, setup, workflow };
