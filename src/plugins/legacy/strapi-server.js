'use strict';

/**
 * The plugin is TypeScript compiled with the app (one `tsc`, one dist/), so Strapi loads it
 * from the app's dist directory rather than from a build of its own.
 */
/* global strapi -- Strapi sets the global before it loads a plugin's server entry */
const path = require('node:path');

module.exports = require(path.join(strapi.dirs.dist.src, 'plugins', 'legacy', 'server', 'src')).default;
