import actors from './actors';
import audit from './audit';
import fingerprint from './fingerprint';
import notifications from './notifications';
import scheduler from './scheduler';
import setup from './setup';
import workflow from './workflow';

export default { actors, audit, fingerprint, notifications, scheduler, setup, workflow };
