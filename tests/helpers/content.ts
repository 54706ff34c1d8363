import crypto from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { UID } from '../../src/constants';
import { publishApproved } from './approval';

/** Small builders for the content a test needs, written through the Document Service (as code would). */
export const builders = (strapi: Core.Strapi) => {
  const unique = () => crypto.randomBytes(3).toString('hex');

  const section = (data: Record<string, unknown> = {}) =>
    strapi.documents(UID.section).create({ data: { name: `Chuyên mục ${unique()}`, ...data } });

  const department = (data: Record<string, unknown> = {}) =>
    strapi.documents(UID.department).create({ data: { name: `Đơn vị ${unique()}`, ...data } });

  const author = async (data: Record<string, unknown> = {}) =>
    strapi.documents(UID.author).create({
      data: { fullName: `Tác giả ${unique()}`, department: (await department()).documentId, ...data },
    });

  /** An article with a fresh section, department and author unless given; a draft unless `publish` (approved, then published). */
  const article = async (data: Record<string, unknown> = {}, { publish = false } = {}) => {
    const created = await strapi.documents(UID.article).create({
      data: {
        title: `Bài viết ${unique()}`,
        section: (await section()).documentId,
        department: (await department()).documentId,
        authors: [(await author()).documentId],
        ...data,
      },
    });
    if (publish) await publishApproved(strapi, UID.article, created.documentId);
    return created;
  };

  return { section, department, author, article };
};
