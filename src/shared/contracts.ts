import type { Core } from '@strapi/strapi';

/**
 * What one local plugin offers another. A plugin never imports another plugin's files: it asks
 * Strapi for the other's service by name, through the typed accessor here, and gets null when that
 * plugin is not installed.
 */

/** The readership statistics (stats plugin), as the delivery API (portal plugin) reads them. */
export interface ReadershipApi {
  /** Views of each published article, by slug (0 for an article never read); exact as of the last flush. */
  viewsBySlug(slugs: string[]): Promise<Record<string, number>>;
  /**
   * Adds views counted before the portal (an old site's hit counters) to each article's all-time
   * total, by documentId; a negative number takes some back. Joins the caller's transaction.
   */
  addImportedViews(views: Map<string, number>): Promise<void>;
}

/** The stats plugin's service that implements ReadershipApi. */
export const READERSHIP_SERVICE = { plugin: 'stats', service: 'readership' } as const;

/** The readership statistics, or null when the stats plugin is not installed. */
export const readership = (strapi: Core.Strapi): ReadershipApi | null => {
  const plugin = strapi.plugin(READERSHIP_SERVICE.plugin);
  return plugin ? plugin.service<ReadershipApi>(READERSHIP_SERVICE.service) : null;
};

/** Where an old site's address now lives (legacy plugin), as the delivery API answers it. */
export interface LegacyRedirect {
  /** The new reader address (a path such as `/bai-viet/<slug>`, or an absolute URL an old redirect named). */
  location: string;
  /** Always 301: the old address moved for good. */
  status: 301;
}

/** The old sites' addresses (legacy plugin), as the delivery API and the server's 404 path ask for them. */
export interface LegacyRedirectsApi {
  /**
   * The new address of an old public address, or null when it names nothing a reader may see.
   * `path` is the old path with its query (`/index.php?option=com_content&view=article&id=12`),
   * or a whole old URL; `host` is the host it was asked on, which picks the old site when several
   * were imported. One indexed query, or a cache hit.
   */
  resolve(input: { path: string; host?: string | null }): Promise<LegacyRedirect | null>;
}

/** The legacy plugin's service that implements LegacyRedirectsApi. */
export const LEGACY_REDIRECTS_SERVICE = { plugin: 'legacy', service: 'redirects' } as const;

/** The old sites' redirects, or null when the legacy plugin is not installed. */
export const legacyRedirects = (strapi: Core.Strapi): LegacyRedirectsApi | null => {
  const plugin = strapi.plugin(LEGACY_REDIRECTS_SERVICE.plugin);
  return plugin ? plugin.service<LegacyRedirectsApi>(LEGACY_REDIRECTS_SERVICE.service) : null;
};

/** How an imported document enters the approval workflow. */
export type ImportedState = 'published' | 'scheduled' | 'draft';

/** The approval workflow, as the legacy plugin's importer brings old documents into it. */
export interface WorkflowImportApi {
  /**
   * Records one "import" event for a document just written by an import, and puts it where the
   * old site had it: approved and published by the system (`published`), approved with a
   * publication time (`scheduled`), or a draft. Joins the caller's transaction. Answers the
   * content fingerprint of the draft, as the import left it.
   */
  adopt(
    uid: string,
    documentId: string,
    options: {
      state: ImportedState;
      /** Who the audit trail names, e.g. "Nhập từ trang cũ angiang". */
      importer: string;
      /** The audit comment, e.g. "Imported from angiang #123". */
      comment: string;
      publishAt?: string | null;
      unpublishAt?: string | null;
    }
  ): Promise<string | null>;
  /** The content fingerprint of the document's current draft (null without one): an import compares it with what it wrote. */
  fingerprint(uid: string, documentId: string): Promise<string | null>;
}

/** The approval plugin's service that implements WorkflowImportApi. */
export const WORKFLOW_IMPORT_SERVICE = { plugin: 'approval', service: 'imports' } as const;

/** The approval workflow's import door, or null when the approval plugin is not installed. */
export const workflowImports = (strapi: Core.Strapi): WorkflowImportApi | null => {
  const plugin = strapi.plugin(WORKFLOW_IMPORT_SERVICE.plugin);
  return plugin ? plugin.service<WorkflowImportApi>(WORKFLOW_IMPORT_SERVICE.service) : null;
};
