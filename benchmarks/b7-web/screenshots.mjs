// The screenshots of docs/web.md, taken from a live host with the demo province in Debian's Chromium.
//
//   node benchmarks/b7-web/screenshots.mjs --url http://127.0.0.1:5094 --out docs/web \
//     --viewer <token> --editor <token> --clerk <token> --administrator <token> --unit <a unit code>
import { chromium } from 'playwright-core';
import { parseArgs } from 'node:util';
import { join } from 'node:path';

const { values: args } = parseArgs({
  options: {
    url: { type: 'string' },
    out: { type: 'string', default: 'docs/web' },
    viewer: { type: 'string' },
    editor: { type: 'string' },
    clerk: { type: 'string' },
    administrator: { type: 'string' },
    unit: { type: 'string' },
    chromium: { type: 'string', default: process.env.TRITHUC_CHROMIUM || '/usr/bin/chromium' },
  },
});

const browser = await chromium.launch({ executablePath: args.chromium, args: ['--no-sandbox', '--disable-dev-shm-usage'] });

async function open(token, path, viewport = { width: 1366, height: 768 }) {
  const context = await browser.newContext({ locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh', viewport });
  if (token) await context.addInitScript((t) => sessionStorage.setItem('trithuc.token', t), token);
  const page = await context.newPage();
  await page.goto(`${args.url}/${path}`);
  return page;
}

const shot = (page, name, options = {}) => page.screenshot({ path: join(args.out, name), ...options });

let page = await open(null, '');
await page.getByLabel('Mã thông báo (token)').waitFor();
await shot(page, 'dang-nhap.png');

page = await open(args.viewer, '#/chi-tieu');
await page.locator('article.indicator canvas').first().waitFor();
await page.waitForLoadState('networkidle');
await shot(page, 'chi-tieu.png');
const card = page.locator("article[data-code='T4']");
await card.getByLabel('Phân tổ theo').selectOption({ label: 'Đơn vị' });
await card.getByRole('tree').getByRole('button').first().click();
await card.getByRole('tree').locator('li li').first().waitFor();
await shot(card, 'phan-to.png');

page = await open(args.viewer, '#/chi-tieu', { width: 390, height: 844 });
await page.locator('[data-testid=value]').first().waitFor();
await page.waitForLoadState('networkidle');
await shot(page, 'dien-thoai.png');

page = await open(args.editor, '#/nguoi');
await page.getByLabel('Tìm theo tên').fill('nguyen van');
await page.locator('table.list tbody tr').first().waitFor();
await page.waitForTimeout(800);
await shot(page, 'tri-thuc.png');
await page.locator('table.list tbody tr a').first().click();
await page.getByRole('heading', { name: 'Lịch sử thay đổi' }).waitFor();
await shot(page, 'ho-so.png', { fullPage: true });

page = await open(args.clerk, '#/nhap-lieu');
const header = 'Họ và tên,Giới tính,Ngày sinh,Dân tộc,Số định danh,Mã cán bộ,Điện thoại,Thư điện tử,Mã đơn vị,Chức danh,Lĩnh vực,Khu vực công,"Vùng sâu, vùng xa"';
const rows = [
  `Đinh Thị Tuyết Mai,Nữ,05/05/1990,Kinh,,ANH-001,,,${args.unit},Giáo viên,Giáo dục,Có,Không`,
  `Lò Văn Sai,Nam,32/13/1992,Thái,,ANH-002,,,${args.unit},Giáo viên,Giáo dục,Có,Có`,
  `,Nữ,01/01/1991,Kinh,,ANH-003,,,KHONG-CO,Kỹ sư,Giáo dục,Có,Không`,
];
await page.getByLabel('Tệp').setInputFiles({ name: 'danh-sach.csv', mimeType: 'text/csv', buffer: Buffer.from([header, ...rows].join('\r\n')) });
await page.getByRole('button', { name: 'Kiểm tra thử' }).click();
await page.locator('table.problems').waitFor();
await shot(page, 'nhap-du-lieu.png', { fullPage: true });

page = await open(args.administrator, '#/bao-cao');
await page.getByLabel('Tiêu đề').fill('Sơ kết năm 2025');
await page.getByLabel('Số liệu tại ngày').fill('2025-12-31');
await page.getByRole('button', { name: 'Chụp số liệu' }).click();
await page.getByText('Đã chụp: Sơ kết năm 2025.').waitFor();
await page.getByLabel('Từ bản').selectOption({ index: 1 });
await page.getByRole('table', { name: 'So sánh hai bản chụp' }).waitFor();
await shot(page, 'bao-cao.png', { fullPage: true });

await browser.close();
console.log(`screenshots in ${args.out}`);
