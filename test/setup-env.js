// n8n-core reads its user folder and log level from the environment at import time.
const { mkdtempSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');

process.env.N8N_USER_FOLDER = mkdtempSync(join(tmpdir(), 'n8n-gohighlevel-test-'));
process.env.N8N_LOG_LEVEL = 'silent';
