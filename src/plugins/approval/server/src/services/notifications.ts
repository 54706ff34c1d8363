import type { Core } from '@strapi/strapi';
import type { WorkflowUID } from '../constants';
import { getService } from '../utils';
import type { Actor } from './actors';
import type { Facts, Review } from './workflow';

interface Message {
  to: string;
  subject: string;
  text: string;
}

/**
 * E-mails of the workflow, sent with Strapi's email plugin (its provider decides where they go:
 * the console in development, SMTP in production). A failed send is logged, never fatal: the
 * transition has happened either way.
 */
const notifications = ({ strapi }: { strapi: Core.Strapi }) => {
  const editUrl = (uid: WorkflowUID, documentId: string) =>
    `${String(strapi.config.get('admin.absoluteUrl')).replace(/\/$/, '')}/content-manager/collection-types/${uid}/${documentId}`;

  const send = async (messages: Message[]) => {
    for (const message of messages) {
      try {
        await strapi.plugin('email').service<{ send(message: Message): Promise<void> }>('email').send(message);
      } catch (error) {
        strapi.log.warn(`[approval] could not e-mail ${message.to}: ${(error as Error).message}`);
      }
    }
  };

  const who = (actor: Actor) => (actor.kind === 'admin' ? actor.name : 'Hệ thống / the system');

  return {
    /** On submission: to every head of the document's department. */
    async submitted(uid: WorkflowUID, documentId: string, facts: Facts, actor: Actor): Promise<void> {
      if (!facts.departmentKey) return;
      const heads = await getService(strapi, 'actors').headsOf(facts.departmentKey);
      const link = editUrl(uid, documentId);
      await send(
        heads
          .filter((head) => !(actor.kind === 'admin' && actor.id === head.id))
          .map((head) => ({
            to: head.email,
            subject: `[Chờ duyệt] ${facts.title}`,
            text:
              `${who(actor)} đã gửi duyệt "${facts.title}" (${facts.departmentName ?? ''}).\n` +
              `${who(actor)} submitted "${facts.title}" for your approval.\n\n${link}\n`,
          }))
      );
    },

    /** On approval or rejection: to whoever submitted it. */
    async reviewed(uid: WorkflowUID, documentId: string, facts: Facts, review: Review, actor: Actor): Promise<void> {
      if (!review.submittedById) return;
      const submitter = (await strapi.db
        .query('admin::user')
        .findOne({ where: { id: review.submittedById }, select: ['email'] })) as {
        email?: string;
      } | null;
      if (!submitter?.email) return;
      const approved = review.state === 'approved';
      const comment = review.comment ? `\n\n${approved ? 'Ghi chú / note' : 'Lý do / reason'}: ${review.comment}` : '';
      await send([
        {
          to: submitter.email,
          subject: `[${approved ? 'Đã duyệt' : 'Bị trả lại'}] ${facts.title}`,
          text:
            (approved
              ? `${who(actor)} đã duyệt "${facts.title}".\n${who(actor)} approved "${facts.title}".`
              : `${who(actor)} đã trả lại "${facts.title}" để chỉnh sửa.\n${who(actor)} sent "${facts.title}" back for changes.`) +
            `${comment}\n\n${editUrl(uid, documentId)}\n`,
        },
      ]);
    },
  };
};

export default notifications;
