/**
 * The main window reopens where the CSM left it, unless that place is no longer on any screen
 * (the external monitor stayed at the office): then it opens centred on the primary display.
 */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowState extends Rect {
  maximized: boolean;
}

export const DEFAULT_SIZE = { width: 1280, height: 800 };
export const MIN_SIZE = { width: 900, height: 600 };
/** How much of the window (its title bar area) must show on a display to count as visible. */
const MIN_VISIBLE = { width: 120, height: 40 };

function overlap(a: Rect, b: Rect): Rect {
  const x = Math.max(a.x, b.x);
  const y = Math.max(a.y, b.y);
  return {
    x,
    y,
    width: Math.min(a.x + a.width, b.x + b.width) - x,
    height: Math.min(a.y + a.height, b.y + b.height) - y,
  };
}

function titleBarVisibleOn(state: Rect, workArea: Rect): boolean {
  const titleBar = { x: state.x, y: state.y, width: state.width, height: MIN_VISIBLE.height };
  const o = overlap(titleBar, workArea);
  return o.width >= MIN_VISIBLE.width && o.height >= MIN_VISIBLE.height;
}

function centred(workArea: Rect): Rect {
  const width = Math.min(DEFAULT_SIZE.width, workArea.width);
  const height = Math.min(DEFAULT_SIZE.height, workArea.height);
  return {
    x: workArea.x + Math.round((workArea.width - width) / 2),
    y: workArea.y + Math.round((workArea.height - height) / 2),
    width,
    height,
  };
}

const isFiniteRect = (r: Partial<Rect> | null | undefined): r is Rect =>
  !!r && [r.x, r.y, r.width, r.height].every((n) => typeof n === 'number' && Number.isFinite(n));

/**
 * Bounds for the new window: the saved ones when their title bar shows on some display (size
 * cut to that display's work area), otherwise centred on the primary display.
 */
export function restoreWindowState(
  saved: Partial<WindowState> | null | undefined,
  workAreas: readonly Rect[],
  primary: Rect,
): WindowState {
  const maximized = saved?.maximized === true;
  if (isFiniteRect(saved)) {
    const home = workAreas.find((area) => titleBarVisibleOn(saved, area));
    if (home) {
      const width = Math.max(MIN_SIZE.width, Math.min(Math.round(saved.width), home.width));
      const height = Math.max(MIN_SIZE.height, Math.min(Math.round(saved.height), home.height));
      const x = Math.min(Math.max(Math.round(saved.x), home.x), home.x + home.width - width);
      const y = Math.min(Math.max(Math.round(saved.y), home.y), home.y + home.height - height);
      return { x: Math.max(x, home.x), y: Math.max(y, home.y), width, height, maximized };
    }
  }
  return { ...centred(primary), maximized };
}
