// The schedule as a chart: the principal and the interest of every installment (left axis) and the
// balance after it (right axis). Loaded only when a widget shows the chart. uPlot draws on a canvas
// hidden from assistive technology; the figure's description points to the schedule table, which
// holds the same numbers.
import uPlot from 'uplot';
import uPlotCss from 'uplot/dist/uPlot.min.css?inline';

const HEIGHT_PX = 260;
// Ticks on whole installment numbers only.
const INSTALLMENT_STEPS = [1, 2, 3, 6, 12, 24, 60, 120, 240, 600, 1200];
let sheet;

// uPlot's own CSS, adopted into the widget's shadow root (a constructable sheet: no <style>, so it
// passes a strict CSP, and nothing is added to the host document).
function adoptStyles(root) {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(uPlotCss);
  }
  if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}

const column = (installments, key) => installments.map((row) => row[key]);

// An amount axis as wide as its widest label ("Rp 800 rb" is wider than "$800"), plus uPlot's tick
// (10 px) and gap (5 px) and a pixel either side: a fixed width cut the longer labels off.
const TICK_AND_GAP_PX = 17;
let measuring;
function axisWidth(font) {
  return (plot, labels) => {
    if (!labels) return TICK_AND_GAP_PX;  // uPlot's first pass, before the ticks exist
    measuring ??= document.createElement('canvas').getContext('2d');
    measuring.font = font;
    return Math.ceil(Math.max(...labels.map((label) => measuring.measureText(label).width))) + TICK_AND_GAP_PX;
  };
}

export class ScheduleChart {
  /** @param root the widget's shadow root; @param container the element the chart fills */
  constructor(root, container) {
    adoptStyles(root);
    this.container = container;
    this.resizer = new ResizeObserver(() => this.plot?.setSize({ width: this.width(), height: HEIGHT_PX }));
    this.resizer.observe(container);
  }

  width() {
    return Math.max(200, this.container.clientWidth);
  }

  /**
   * @param schedule the core's schedule result
   * @param look {labels: {number, principal, interest, balance}, money, compactMoney, colors: {principal, interest, balance, text, grid}, font}
   */
  draw(schedule, look) {
    const data = [
      column(schedule.installments, 'number'),
      column(schedule.installments, 'principal'),
      column(schedule.installments, 'interest'),
      column(schedule.installments, 'balance'),
    ];
    const key = JSON.stringify([look.labels, look.colors, look.font]);
    if (this.plot && this.key === key) {
      this.plot.setData(data);
      return;
    }
    this.plot?.destroy();
    this.key = key;
    this.plot = new uPlot(this.options(look), data, this.container);
  }

  options({ labels, money, compactMoney, colors, font }) {
    const axis = { stroke: colors.text, font, grid: { stroke: colors.grid, width: 1 }, ticks: { stroke: colors.grid, width: 1 } };
    const amounts = (plot, ticks) => ticks.map(compactMoney);
    return {
      width: this.width(),
      height: HEIGHT_PX,
      scales: { x: { time: false }, amount: { range: (plot, min, max) => [0, max] }, balance: { range: (plot, min, max) => [0, max] } },
      series: [
        { label: labels.number },
        { label: labels.principal, scale: 'amount', stroke: colors.principal, width: 2, value: (plot, value) => (value == null ? '' : money(value)) },
        { label: labels.interest, scale: 'amount', stroke: colors.interest, width: 2, value: (plot, value) => (value == null ? '' : money(value)) },
        { label: labels.balance, scale: 'balance', stroke: colors.balance, width: 2, dash: [6, 4], value: (plot, value) => (value == null ? '' : money(value)) },
      ],
      axes: [
        { ...axis, label: labels.number, labelFont: font, incrs: INSTALLMENT_STEPS },
        { ...axis, scale: 'amount', values: amounts, size: axisWidth(font) },
        { ...axis, scale: 'balance', side: 1, values: amounts, size: axisWidth(font), grid: { show: false } },
      ],
      legend: { live: true },
      // Away from the cursor the legend shows the first installment, not empty values ("--").
      hooks: { setLegend: [(plot) => { if (plot.legend.idx == null && plot.data[0].length > 0) plot.setLegend({ idx: 0 }, false); }] },
      cursor: { drag: { x: false, y: false } },
    };
  }

  destroy() {
    this.resizer.disconnect();
    this.plot?.destroy();
    this.plot = undefined;
  }
}
