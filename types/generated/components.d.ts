import type { Schema, Struct } from '@strapi/strapi';

export interface PortalCampaignField extends Struct.ComponentSchema {
  collectionName: 'components_portal_campaign_fields';
  info: {
    description: 'S\u1ED1 m\u00F4 h\u00ECnh th\u1EF1c hi\u1EC7n trong m\u1ED9t l\u0129nh v\u1EF1c';
    displayName: 'L\u0129nh v\u1EF1c';
    icon: 'chartPie';
  };
  attributes: {
    count: Schema.Attribute.Integer &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMax<
        {
          min: 0;
        },
        number
      >;
    name: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 120;
      }>;
  };
}

export interface PortalTag extends Struct.ComponentSchema {
  collectionName: 'components_portal_tags';
  info: {
    description: '';
    displayName: 'Th\u1EBB';
    icon: 'hashtag';
  };
  attributes: {
    name: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 80;
      }>;
  };
}

export interface PortalTask extends Struct.ComponentSchema {
  collectionName: 'components_portal_tasks';
  info: {
    description: 'M\u1ED9t nhi\u1EC7m v\u1EE5; s\u1ED1 th\u1EE9 t\u1EF1 l\u1EA5y t\u1EEB v\u1ECB tr\u00ED trong danh s\u00E1ch';
    displayName: 'Nhi\u1EC7m v\u1EE5';
    icon: 'bulletList';
  };
  attributes: {
    detail: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 4000;
      }>;
    dueDate: Schema.Attribute.Date;
    heading: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 300;
      }>;
    responsibleDepartments: Schema.Attribute.Relation<'manyToMany', 'api::department.department'>;
    status: Schema.Attribute.Enumeration<['planned', 'in_progress', 'done']> &
      Schema.Attribute.Required &
      Schema.Attribute.DefaultTo<'planned'>;
  };
}

export interface PortalTitle extends Struct.ComponentSchema {
  collectionName: 'components_portal_titles';
  info: {
    description: 'M\u1ED9t ch\u1EE9c danh ng\u1EAFn, v\u00ED d\u1EE5 UVBTV';
    displayName: 'Ch\u1EE9c danh';
    icon: 'user';
  };
  attributes: {
    name: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 120;
      }>;
  };
}

declare module '@strapi/strapi' {
  export namespace Public {
    export interface ComponentSchemas {
      'portal.campaign-field': PortalCampaignField;
      'portal.tag': PortalTag;
      'portal.task': PortalTask;
      'portal.title': PortalTitle;
    }
  }
}
