// Reads feeds the way subscribers' software does, with npm feed parsers that share no code with the app.
// Usage: node read.mjs <feed url>...   Prints one JSON line per feed: { url, parser, title, items: [...] },
// or { url, error } when the feed cannot be fetched or parsed (exit code 1 if any failed).
import FeedParser from 'feedparser';
import { extractFromJson, extractFromXml } from '@extractus/feed-extractor';
import { Readable } from 'node:stream';

const options = { descriptionMaxLen: 0, getExtraEntryFields: (entry) => ({ raw: entry }) };

function byFeedparser(xml) {
  return new Promise((resolve, reject) => {
    const parser = new FeedParser({ normalize: true, addmeta: false });
    const items = [];
    let meta;
    parser.on('error', reject);
    parser.on('meta', (m) => { meta = m; });
    parser.on('readable', function () {
      let item;
      while ((item = this.read())) {
        items.push({ id: item.guid, title: item.title, link: item.link, published: item.pubdate, updated: item.date, content: item.description });
      }
    });
    parser.on('end', () => resolve({ parser: 'feedparser', title: meta?.title, items }));
    Readable.from([xml]).pipe(parser);
  });
}

function byExtractor(text, isJson) {
  const feed = isJson ? extractFromJson(JSON.parse(text), options) : extractFromXml(text, options);
  return {
    parser: 'feed-extractor',
    title: feed.title,
    items: (feed.entries ?? []).map((e) => ({ id: e.id, title: e.title, link: e.link, published: e.published, content: e.raw?.content_html ?? e.raw?.content?.['#text'] ?? e.description })),
  };
}

let failed = false;
for (const url of process.argv.slice(2)) {
  try {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const text = await response.text();
    const isJson = (response.headers.get('content-type') ?? '').includes('json');
    const readings = isJson ? [byExtractor(text, true)] : [await byFeedparser(text), byExtractor(text, false)];
    for (const reading of readings) console.log(JSON.stringify({ url, ...reading }));
  } catch (error) {
    failed = true;
    console.log(JSON.stringify({ url, error: String(error?.message ?? error) }));
  }
}
process.exit(failed ? 1 : 0);
