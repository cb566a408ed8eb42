// Candor storefront widget: <candor-rating> and <candor-reviews>, dependency-free web components.
// Served by the API at /widget/v1/candor.js. Everything renders into Shadow DOM with DOM calls (never
// innerHTML), so review text cannot inject markup; styles are constructed stylesheets, which a shop's
// strict CSP (style-src without 'unsafe-inline') does not block. Size budget: 15 KB gzipped (tested).
(() => {
  if (!window.customElements || customElements.get('candor-rating')) return;

  const T = {
    en: {
      outOf: (m, n) => `${m} out of 5, ${n} ${n === 1 ? 'review' : 'reviews'}`,
      stars: (s) => `${s} out of 5 stars`,
      noRatings: 'No ratings yet',
      verifiedAvg: (m, n) => `Verified purchases: ${m} out of 5 (${n})`,
      verified: 'Verified purchase', invited: 'Invited review', incentivized: 'Incentivized',
      how: 'How reviews are collected and verified',
      sort: 'Sort reviews', filter: 'Filter by stars', all: 'All',
      sorts: { newest: 'Newest', helpful: 'Most helpful', rating_desc: 'Highest rating', rating_asc: 'Lowest rating', oldest: 'Oldest' },
      starN: (n) => `${n} stars`,
      more: 'Show more reviews',
      showing: (a, b) => `Showing ${a} of ${b} reviews`,
      none: 'No reviews match.',
      error: 'Reviews could not be loaded.',
      loading: 'Loading reviews…',
      reply: 'Reply from the seller', edited: 'edited', helpful: (n) => `${n} found this helpful`,
      foldedShow: 'Show review',
      reviews: 'Customer reviews',
      anonymous: 'Anonymous',
    },
    zh: {
      outOf: (m, n) => `${m} 分（满分 5 分），共 ${n} 条评价`,
      stars: (s) => `${s} 星（满分 5 星）`,
      noRatings: '暂无评分',
      verifiedAvg: (m, n) => `已验证购买：${m} 分（满分 5 分，${n} 条）`,
      verified: '已验证购买', invited: '受邀评价', incentivized: '有奖评价',
      how: '评价如何收集和验证',
      sort: '评价排序', filter: '按星级筛选', all: '全部',
      sorts: { newest: '最新', helpful: '最有帮助', rating_desc: '评分最高', rating_asc: '评分最低', oldest: '最早' },
      starN: (n) => `${n} 星`,
      more: '显示更多评价',
      showing: (a, b) => `显示 ${a} / ${b} 条评价`,
      none: '没有符合条件的评价。',
      error: '评价加载失败。',
      loading: '正在加载评价…',
      reply: '商家回复', edited: '已编辑', helpful: (n) => `${n} 人认为有帮助`,
      foldedShow: '显示评价',
      reviews: '顾客评价',
      anonymous: '匿名',
    },
  };
  // Chinese wording of the disclosure's verification methods and fold reasons; English comes from the API.
  const ZH_METHODS = {
    order_match: ['已验证购买', '销售渠道报告了该评价者购买此商品的订单。'],
    invitation: ['受邀评价', '在购买后收到邀请而撰写。'],
    none: ['未验证', '无法匹配到购买记录；评价仍会显示。'],
  };
  const ZH_NOTE = '客户端不能自行声明已验证；验证状态由 Candor 根据购买记录设定。';
  const ZH_INCLUDES = '评分包含所有渠道中该商品已发布和已折叠的评价。';
  const ZH_FOLD = {
    spam: '已折叠：疑似垃圾信息或广告。', fake_or_not_genuine: '已折叠：可能并非真实的商品体验。',
    incentivised_undisclosed: '已折叠：为未披露的奖励而撰写。', conflict_of_interest: '已折叠：作者可能存在利益冲突。',
    off_topic: '已折叠：与商品或购买无关。', personal_data: '已折叠：包含个人信息。', abuse_harassment: '已折叠：包含辱骂性语言。',
    illegal_content: '已折叠：可能包含违法内容。', duplicate: '已折叠：与其他评价重复。', policy: '已由审核员依据评价政策折叠。',
  };

  const STYLE = `
:host{display:block;font:var(--candor-font-size,14px)/1.5 var(--candor-font,system-ui,sans-serif);color:var(--candor-color,#1f2328)}
*{box-sizing:border-box}
.stars{position:relative;display:inline-block;color:var(--candor-star-empty,#d0d7de);letter-spacing:1px;white-space:nowrap}
.stars .fill{position:absolute;left:0;top:0;overflow:hidden;color:var(--candor-star,#e3a008)}
.sum{display:flex;flex-wrap:wrap;gap:.5em;align-items:center}
.big{font-size:1.4em;font-weight:600}
.muted{color:var(--candor-muted,#59636e);font-size:.9em}
.badge{display:inline-block;padding:0 .5em;border-radius:var(--candor-radius,4px);background:var(--candor-badge-bg,#dafbe1);color:var(--candor-badge-color,#116329);font-size:.8em;font-weight:600}
.tag{background:var(--candor-tag-bg,#eef1f4);color:var(--candor-muted,#59636e)}
details{margin:.5em 0}
summary{cursor:pointer;color:var(--candor-accent,#0969da)}
.bar{display:flex;flex-wrap:wrap;gap:.5em;align-items:center;margin:.5em 0}
button,select{font:inherit;color:inherit;background:var(--candor-bg,#fff);border:1px solid var(--candor-border,#d0d7de);border-radius:var(--candor-radius,4px);padding:.2em .6em;cursor:pointer}
button[aria-pressed=true]{background:var(--candor-accent,#0969da);border-color:var(--candor-accent,#0969da);color:var(--candor-accent-text,#fff)}
:focus-visible{outline:2px solid var(--candor-focus,#0969da);outline-offset:2px}
ol{list-style:none;margin:0;padding:0}
article{border-top:1px solid var(--candor-border,#d0d7de);padding:.75em 0}
h3{font-size:1em;margin:.2em 0}
p{margin:.3em 0;white-space:pre-line}
.reply{margin:.5em 0 0 1em;padding-left:.75em;border-left:3px solid var(--candor-border,#d0d7de)}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
`;
  let sheet;
  const styles = () => {
    if (!sheet) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(STYLE);
    }
    return [sheet];
  };

  /** h('p', {class: 'x'}, 'text', child): text children become text nodes, so data is never parsed as HTML. */
  const h = (tag, attrs, ...kids) => {
    const el = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === undefined || v === null || v === false) continue;
      if (k.startsWith('on')) el.addEventListener(k.slice(2), v);
      else el.setAttribute(k, v === true ? '' : String(v));
    }
    for (const kid of kids.flat()) if (kid !== null && kid !== undefined && kid !== false) el.append(kid);
    return el;
  };

  const stars = (value, label) => {
    const fill = h('span', { 'aria-hidden': 'true', class: 'fill' }, '★★★★★');
    // CSSOM, not a style attribute: allowed under a CSP without 'unsafe-inline'.
    fill.style.width = `${Math.max(0, Math.min(100, (value / 5) * 100))}%`;
    return h('span', { class: 'stars', role: 'img', 'aria-label': label }, h('span', { 'aria-hidden': 'true' }, '★★★★★'), fill);
  };

  const cache = new Map();
  const once = (k, f) => {
    if (!cache.has(k)) cache.set(k, f().catch((e) => { cache.delete(k); throw e; }));
    return cache.get(k);
  };

  // One JSON-LD Product per product in the host document (search engines do not read shadow roots);
  // the rating and the reviews elements both contribute to it.
  const ld = new Map();
  const scripts = new Map();
  const publishLd = (product, part) => {
    const doc = Object.assign(ld.get(product) || {}, part);
    ld.set(product, doc);
    if (!doc.aggregateRating) return;
    const { itemReviewed, ...aggregate } = doc.aggregateRating;
    delete aggregate['@context'];
    const data = { '@context': 'https://schema.org', ...itemReviewed, '@type': 'Product', aggregateRating: { '@type': 'AggregateRating', ...aggregate } };
    if (doc.reviews && doc.reviews.length) data.review = doc.reviews;
    let script = scripts.get(product);
    if (!script) {
      script = h('script', { type: 'application/ld+json', 'data-candor-product': product });
      scripts.set(product, script);
      document.head.append(script);
    }
    script.textContent = JSON.stringify(data).replace(/</g, '\\u003c');
  };

  class Base extends HTMLElement {
    static get observedAttributes() { return ['product', 'key', 'api', 'lang']; }
    connectedCallback() {
      if (!this.shadowRoot) {
        this.attachShadow({ mode: 'open' }).adoptedStyleSheets = styles();
      }
      this.load();
    }
    attributeChangedCallback() { if (this.shadowRoot) this.load(); }
    get lang2() {
      const lang = this.getAttribute('lang') || (this.closest('[lang]') || document.documentElement).getAttribute('lang') || navigator.language || 'en';
      return /^zh/i.test(lang) ? 'zh' : 'en';
    }
    get t() { return T[this.lang2]; }
    get product() { return this.getAttribute('product') || ''; }
    get(path) {
      const api = (this.getAttribute('api') || '').replace(/\/+$/, '');
      const key = this.getAttribute('key') || '';
      return fetch(`${api}${path}`, { headers: { authorization: `Bearer ${key}` }, credentials: 'omit' }).then((r) => {
        if (!r.ok) throw new Error(`candor ${r.status}`);
        return r.json();
      });
    }
    rating() { return once(`${this.getAttribute('api')}|${this.getAttribute('key')}|r|${this.product}`, () => this.get(`/v1/products/${encodeURIComponent(this.product)}/rating`)); }
    disclosure() { return once(`${this.getAttribute('api')}|${this.getAttribute('key')}|d`, () => this.get('/v1/disclosure')); }
    fail() { this.shadowRoot.replaceChildren(h('p', { role: 'alert', class: 'muted' }, this.t.error)); }
    date(iso) { return new Intl.DateTimeFormat(this.lang2 === 'zh' ? 'zh-CN' : 'en', { dateStyle: 'medium' }).format(new Date(iso)); }
    fmt(n) { return new Intl.NumberFormat(this.lang2 === 'zh' ? 'zh-CN' : 'en', { maximumFractionDigits: 1 }).format(n); }
  }

  class Rating extends Base {
    async load() {
      const t = this.t;
      try {
        const [r, d] = await Promise.all([this.rating(), this.disclosure()]);
        if (r.jsonLd) publishLd(this.product, { aggregateRating: r.jsonLd });
        const zh = this.lang2 === 'zh';
        const methods = ((d.verification || {}).methods || []).map((m) => {
          const [label, meaning] = zh && ZH_METHODS[m.id] ? ZH_METHODS[m.id] : [m.label, m.meaning];
          return h('li', null, h('strong', null, label), ': ', meaning);
        });
        const summary = r.count > 0 && r.mean !== null
          ? [stars(r.mean, t.outOf(this.fmt(r.mean), r.count)), h('span', { class: 'big', 'aria-hidden': 'true' }, this.fmt(r.mean)),
            h('span', { class: 'muted', 'aria-hidden': 'true' }, `(${r.count})`)]
          : [h('span', { class: 'muted' }, t.noRatings)];
        const v = r.verified || {};
        this.shadowRoot.replaceChildren(h('div', { part: 'rating' },
          h('div', { class: 'sum' }, summary),
          v.count > 0 ? h('div', { class: 'muted' }, h('span', { class: 'badge' }, '✓ ', t.verified), ' ', t.verifiedAvg(this.fmt(v.average), v.count)) : null,
          h('details', null, h('summary', null, t.how),
            h('ul', null, methods),
            h('p', { class: 'muted' }, zh ? ZH_NOTE : (d.verification || {}).note),
            h('p', { class: 'muted' }, zh ? ZH_INCLUDES : `Ratings include ${(d.ratings || {}).includes}.`))));
      } catch {
        this.fail();
      }
    }
  }

  const SORTS = ['newest', 'helpful', 'rating_desc', 'rating_asc', 'oldest'];

  class Reviews extends Base {
    constructor() {
      super();
      this.sort = 'newest';
      this.stars = null;
      this.items = [];
    }
    load() {
      this.items = [];
      this.cursor = null;
      this.build();
      return this.page(false);
    }
    build() {
      const t = this.t;
      const id = `s${Math.random().toString(36).slice(2, 8)}`;
      this.status = h('p', { role: 'status', 'aria-live': 'polite', class: 'muted' }, t.loading);
      this.list = h('ol', { 'aria-label': t.reviews });
      this.more = h('button', { type: 'button', hidden: true, onclick: () => this.page(true) }, t.more);
      const select = h('select', { id, onchange: (e) => { this.sort = e.target.value; this.load(); } },
        SORTS.map((s) => h('option', { value: s, selected: s === this.sort }, t.sorts[s])));
      const filter = h('div', { role: 'group', 'aria-label': t.filter, class: 'bar' },
        [null, 5, 4, 3, 2, 1].map((n) => h('button', {
          type: 'button', 'aria-pressed': String(this.stars === n), 'data-stars': n ?? 'all',
          onclick: () => { this.stars = n; this.load().then(() => this.shadowRoot.querySelector(`[data-stars="${n ?? 'all'}"]`).focus()); },
        }, n === null ? t.all : [h('span', { 'aria-hidden': 'true' }, `${n}★`), h('span', { class: 'sr' }, t.starN(n))])));
      this.shadowRoot.replaceChildren(h('section', { part: 'reviews', 'aria-label': t.reviews },
        h('div', { class: 'bar' }, h('label', { for: id }, t.sort), select), filter, this.status, this.list, this.more));
    }
    async page(more) {
      const t = this.t;
      const q = new URLSearchParams({ sort: this.sort, limit: this.getAttribute('limit') || '5' });
      if (this.stars) q.set('stars', String(this.stars));
      if (more && this.cursor) q.set('cursor', this.cursor);
      try {
        const res = await this.get(`/v1/products/${encodeURIComponent(this.product)}/reviews?${q}`);
        this.cursor = res.nextCursor;
        const added = res.data.map((r) => this.review(r));
        this.list.append(...added);
        this.items.push(...res.data);
        // A full last page still has a nextCursor (keyset paging cannot know); the total can.
        this.more.hidden = !res.nextCursor || this.items.length >= res.total;
        this.status.textContent = res.total ? t.showing(this.items.length, res.total) : t.none;
        // After "show more", keyboard focus moves to the first new review rather than staying at the end.
        if (more && added[0]) added[0].querySelector('article').focus();
        if (!this.stars) this.rating().then((r) => r.jsonLd && publishLd(this.product, { aggregateRating: r.jsonLd, reviews: this.items.filter((x) => !x.folded && x.rating).slice(0, 10).map(toLd) }), () => {});
      } catch {
        this.status.textContent = t.error;
        this.status.setAttribute('role', 'alert');
      }
    }
    review(r) {
      const t = this.t;
      const zh = this.lang2 === 'zh';
      const labels = [
        r.labels.verifiedPurchase ? h('span', { class: 'badge' }, '✓ ', t.verified) : null,
        r.labels.invited ? h('span', { class: 'badge tag' }, t.invited) : null,
        r.labels.incentivized ? h('span', { class: 'badge tag' }, t.incentivized) : null,
      ];
      const content = [
        r.title ? h('h3', null, r.title) : null,
        h('p', { lang: r.language || undefined }, r.body),
        r.merchantResponse ? h('div', { class: 'reply' }, h('strong', null, t.reply), r.merchantResponse.edited ? ` (${t.edited})` : '', h('p', null, r.merchantResponse.body)) : null,
      ];
      // The API names a reviewer without a display name 'Anonymous' (masked names keep only first and last letters,
      // so a real name never reads exactly that): say it in the page's language.
      const author = r.author === 'Anonymous' ? t.anonymous : r.author;
      return h('li', null, h('article', { tabindex: '-1', 'aria-label': `${author}, ${r.rating ? t.stars(r.rating) : ''}` },
        h('div', { class: 'bar' }, r.rating ? stars(r.rating, t.stars(r.rating)) : null, h('strong', null, author), labels),
        h('div', { class: 'muted' }, this.date(r.submittedAt), r.edited ? ` · ${t.edited}` : '', r.helpfulVotes ? ` · ${t.helpful(r.helpfulVotes)}` : ''),
        r.folded
          ? h('details', null, h('summary', null, (zh && ZH_FOLD[r.foldReason.code]) || r.foldReason.text, ' — ', t.foldedShow), content)
          : content));
    }
  }

  const toLd = (r) => ({
    '@type': 'Review', author: { '@type': 'Person', name: r.author }, datePublished: r.submittedAt.slice(0, 10),
    reviewRating: { '@type': 'Rating', ratingValue: r.rating, bestRating: 5, worstRating: 1 }, ...(r.title ? { name: r.title } : {}), reviewBody: r.body,
  });

  customElements.define('candor-rating', Rating);
  customElements.define('candor-reviews', Reviews);
})();
