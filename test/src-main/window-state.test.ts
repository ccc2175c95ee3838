import { describe, expect, it } from 'vitest';
import { restoreWindowState } from '../../src-main/window-state';

const laptop = { x: 0, y: 0, width: 1440, height: 875 };
const monitorRight = { x: 1440, y: 0, width: 2560, height: 1415 };

describe('reopening the window where the CSM left it', () => {
  it('restores a window that is on screen', () => {
    expect(restoreWindowState({ x: 100, y: 50, width: 1200, height: 800, maximized: false }, [laptop], laptop)).toEqual(
      {
        x: 100,
        y: 50,
        width: 1200,
        height: 800,
        maximized: false,
      },
    );
  });

  it('restores a window on the external monitor while it is connected', () => {
    const saved = { x: 2000, y: 100, width: 1600, height: 1000, maximized: true };
    expect(restoreWindowState(saved, [laptop, monitorRight], laptop)).toEqual(saved);
  });

  it('centres the window on the laptop when the monitor it was on is gone', () => {
    expect(
      restoreWindowState({ x: 2000, y: 100, width: 1600, height: 1000, maximized: false }, [laptop], laptop),
    ).toEqual({
      x: 80,
      y: 38,
      width: 1280,
      height: 800,
      maximized: false,
    });
  });

  it('shrinks a window larger than the display and pulls it fully onto it', () => {
    expect(
      restoreWindowState({ x: 1300, y: 700, width: 3000, height: 2000, maximized: false }, [laptop], laptop),
    ).toEqual({
      x: 0,
      y: 0,
      width: 1440,
      height: 875,
      maximized: false,
    });
  });

  it('moves a window whose title bar is above the top of the screen back below it', () => {
    expect(
      restoreWindowState({ x: 100, y: -500, width: 1000, height: 700, maximized: false }, [laptop], laptop),
    ).toEqual({
      x: 80,
      y: 38,
      width: 1280,
      height: 800,
      maximized: false,
    });
  });

  it('ignores saved state that is missing or not numbers', () => {
    const centred = { x: 80, y: 38, width: 1280, height: 800, maximized: false };
    expect(restoreWindowState(null, [laptop], laptop)).toEqual(centred);
    expect(restoreWindowState({ x: Number.NaN, y: 0, width: 100, height: 100 }, [laptop], laptop)).toEqual(centred);
  });
});
