import serveUploads from './serve-uploads';

export default { 'serve-uploads': serveUploads };
