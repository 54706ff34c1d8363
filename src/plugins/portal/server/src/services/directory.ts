import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { UID } from '../constants';
import type { AuthorProfile, DepartmentProfile, DepartmentRef } from '../schemas';
import { getService } from '../utils';
import { authorRef, departmentRef, image, POPULATE, type Row } from './shape';

/** Authors and departments: public profiles only (no admin account, no membership). */
const directory = ({ strapi }: { strapi: Core.Strapi }) => ({
  /** An author's profile and a page of their published articles. */
  async author(slug: string, page: number, pageSize: number): Promise<AuthorProfile> {
    const row = (await strapi.db.query(UID.author).findOne({
      where: { slug },
      select: ['id', 'slug', 'fullName', 'position', 'bio'],
      populate: { titles: { select: ['name'] }, department: POPULATE.department, photo: POPULATE.cover },
    })) as Row | null;
    if (!row) throw new errors.NotFoundError(`No author "${slug}".`);
    const { data, pagination } = await getService(strapi, 'articles').page({ authors: { id: row.id } }, page, pageSize);
    return {
      ...authorRef(row),
      department: departmentRef(row.department),
      photo: image(row.photo),
      bio: typeof row.bio === 'string' && row.bio ? row.bio : null,
      articles: data,
      pagination,
    };
  },

  /** A department with its public contact details, its parent and its sub-departments. */
  async department(slug: string): Promise<DepartmentProfile> {
    const row = (await strapi.db.query(UID.department).findOne({
      where: { slug },
      select: ['id', 'slug', 'name', 'shortName', 'description', 'address', 'phone', 'email'],
      populate: { parent: POPULATE.department },
    })) as Row | null;
    if (!row) throw new errors.NotFoundError(`No department "${slug}".`);
    const children = (await strapi.db.query(UID.department).findMany({
      where: { parent: { id: row.id } },
      select: ['slug', 'name', 'shortName'],
      orderBy: { name: 'asc' },
    })) as Row[];
    const text = (value: unknown) => (typeof value === 'string' && value ? value : null);
    return {
      ...(departmentRef(row) as DepartmentRef),
      description: text(row.description),
      address: text(row.address),
      phone: text(row.phone),
      email: text(row.email),
      parent: departmentRef(row.parent),
      children: children.map((child) => departmentRef(child) as DepartmentRef),
    };
  },
});

export default directory;
