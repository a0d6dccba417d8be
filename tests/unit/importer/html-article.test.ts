import { describe, expect, it } from 'vitest';
import { htmlToArticle, looksLikeHtml } from '../../../src/lib/importer/html-article.ts';

const prose = '全县教育系统认真贯彻落实上级部署，扎实推进各项工作，教育质量稳步提升，群众满意度不断提高。';
/** The lines of a text with content, as the text steps will see them. */
const linesOf = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
const pageLines = (body: string) =>
  linesOf(
    htmlToArticle(`<!doctype html><html><head><title>清丰县教育局</title></head><body>${body}</body></html>`).page,
  );

describe('telling a saved page from text', () => {
  it('knows a page by its root elements, in any case', () => {
    expect(looksLikeHtml('<!DOCTYPE html><p>全县教育')).toBe(true);
    expect(looksLikeHtml('<BODY>全县教育')).toBe(true);
    expect(looksLikeHtml('<html lang="zh">')).toBe(true);
  });

  it('knows a fragment by five or more block tags', () => {
    expect(looksLikeHtml('<p>一</p><p>二</p><p>三</p><p>四</p><div>五</div>')).toBe(true);
    expect(looksLikeHtml('<p>一</p><p>二</p>')).toBe(false);
  });

  it('takes text that mentions a tag or compares numbers for text', () => {
    expect(looksLikeHtml('全县教育<br>工作')).toBe(false);
    expect(looksLikeHtml('合格率 a < b 且 c > d')).toBe(false);
  });
});

describe('the text of a page', () => {
  it('gives no text for scripts, styles, comments and form controls', () => {
    const body = `<script>var notice = "全县教育";</script><style>p { color: red }</style><!-- 旧版页脚 --><noscript>请启用脚本</noscript>
      <p>${prose}</p><button>下载</button><select><option>选项一</option></select><template><p>模板文字</p></template><svg><text>图表</text></svg>`;
    expect(pageLines(body)).toEqual([prose]);
  });

  it('leaves the page title out of the text and reports it apart', () => {
    const page = htmlToArticle(
      `<html><head><title> 清丰县教育局2020年工作总结_好文网 </title></head><body><p>${prose}</p></body></html>`,
    );
    expect(page.pageTitle).toBe('清丰县教育局2020年工作总结_好文网');
    expect(linesOf(page.page)).toEqual([prose]);
  });

  it('ends a line at <br> and at every block, and keeps inline elements in the line', () => {
    expect(
      pageLines(
        '<h1>清丰县教育局2020年工作总结</h1><p>全县<b>教育</b>系统<a href="#">稳步</a>推进<br>各项工作</p><ul><li>一中</li><li>二中</li></ul>甲<hr>乙',
      ),
    ).toEqual(['清丰县教育局2020年工作总结', '全县教育系统稳步推进', '各项工作', '一中', '二中', '甲', '乙']);
  });

  it('separates table cells with a space and ends a line at each row', () => {
    expect(
      pageLines('<table><tr><th>学校</th><th>学生人数</th></tr><tr><td>第一中学</td><td>1200</td></tr></table>'),
    ).toEqual(['学校 学生人数', '第一中学 1200']);
  });

  it('collapses the white space of the markup as a browser does', () => {
    expect(pageLines('<p>全县\n  教育\t系统</p>')).toEqual(['全县 教育 系统']);
  });

  it('reads a frameset page from its <noframes> copy', () => {
    const framed =
      `<html><head><title>清丰县教育局</title><noframes><h1>清丰县教育局2020年工作总结</h1><p>${prose}</p><p>${prose}</p>` +
      '</noframes></head><body>请使用支持框架的浏览器</body></html>';
    const page = htmlToArticle(framed);
    expect(linesOf(page.page)).toEqual(['清丰县教育局2020年工作总结', prose, prose]);
    expect(page.article).toBe(page.page);
  });

  it('reads a frameset whose <noframes> holds the whole body', () => {
    const framed =
      '<html><head><title>清丰县教育局</title></head><frameset cols="20%,80%"><frame src="menu.html"><frame src="main.html">' +
      `<noframes><body><p>${prose}</p><p>${prose}</p></body></noframes></frameset></html>`;
    expect(linesOf(htmlToArticle(framed).page)).toEqual([prose, prose]);
  });

  it('keeps the page text when <noframes> holds too little to be the copy', () => {
    const page = `<html><body><noframes><p>您的浏览器不支持框架</p></noframes><p>${prose}</p></body></html>`;
    expect(linesOf(htmlToArticle(page).page)).toEqual(['您的浏览器不支持框架', prose]);
  });

  it('reads markup nested five thousand deep without throwing, falling back to the whole page', () => {
    const deep = `<html><body>${'<div>'.repeat(5000)}<p>${prose}</p>${'</div>'.repeat(5000)}<p>页脚文字</p></body></html>`;
    const page = htmlToArticle(deep);
    expect(page.extracted).toBe(false);
    expect(page.article).toBe(page.page);
    expect(linesOf(page.page)).toEqual([prose, '页脚文字']);
  });

  it('gives the whole page as the article when the page holds little text', () => {
    const page = htmlToArticle(`<html><body><div>首页 公文</div><p>${prose}</p></body></html>`);
    expect(page.extracted).toBe(false);
    expect(page.article).toBe(page.page);
  });

  it('drops short text a page hides (anti-copy strings), but keeps a long hidden block', () => {
    const folded = `<div style="display: none"><p>${prose.repeat(3)}</p></div>`;
    const body =
      '<style>.jammer { display: none; }</style><p>新建、改擴<font class="jammer">東甌杏壇7kQ2</font>建校舍，' +
      `凝聚著<span style="display:none">www.example.com</span>全市教師的心血。</p>${folded}<p hidden>隐藏</p>`;
    expect(pageLines(body)).toEqual(['新建、改擴建校舍，凝聚著全市教師的心血。', prose.repeat(3)]);
  });

  it("drops a picture's caption standing in the block after it", () => {
    const page = htmlToArticle(
      `<html><body><article><p>${prose}</p><p style="text-align:center"><img src="a.jpg"></p>` +
        `<p class="pic-note">会议现场</p><p>${prose}二</p></article></body></html>`,
    );
    expect(linesOf(page.article)).toEqual([prose, `${prose}二`]);
    expect(linesOf(page.page)).toContain('会议现场');
  });
});
