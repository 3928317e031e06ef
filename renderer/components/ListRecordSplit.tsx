import { useId, useLayoutEffect, useRef, useState, type KeyboardEvent, type PointerEvent, type ReactNode } from 'react';
import { Box, useMediaQuery } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { clampShare, SPLIT_LIMITS, useRememberedSplit } from './use-remembered-split';

/** From this width of the window on, a list and its record stand side by side; below it, the record is under the list. */
export const SIDE_BY_SIDE = '(min-width:1280px)';

const STEP = 2;
const BIG_STEP = 10;

interface Props {
  /** The screen whose split this is: each screen's is remembered apart. */
  screen: string;
  /** The list (a grid): it fills its pane, and scrolls inside it. */
  list: ReactNode;
  /** The open record, or a word on how to open one: its pane scrolls on its own, its top always in view. */
  record: ReactNode;
  /** The width the list's key columns take (with its checkboxes and scroll bar), in pixels: the list is given it at first, and at least half the width. */
  listWidth: number;
  /** The list's height when the record is under it. */
  stackedListHeight: number;
}

/**
 * A list and its record side by side, with a splitter between them that a person drags or moves
 * with the arrow keys (Shift for bigger steps, Home and End for the limits), as WAI-ARIA's window
 * splitter; where it stands is remembered per screen. Below 1280 px the record goes under the list.
 */
export function ListRecordSplit({ screen, list, record, listWidth, stackedListHeight }: Props) {
  const { t } = useTranslation();
  const sideBySide = useMediaQuery(SIDE_BY_SIDE, { noSsr: true });
  const remembered = useRememberedSplit(screen);
  const container = useRef<HTMLDivElement>(null);
  const dragging = useRef(false);
  const listId = useId();
  // The width the list and its record share, measured before the first paint and whenever the window changes.
  const [width, setWidth] = useState<number | null>(null);
  useLayoutEffect(() => {
    const element = container.current;
    if (!element) return;
    const measure = () => setWidth(element.getBoundingClientRect().width);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  // Until a person moves it: the key columns' width, or half when there is more room (at 1920 px the record gets as much as the list).
  const share = remembered.share ?? clampShare(width ? Math.max(listWidth / width, 0.5) * 100 : 50);
  const { move, settle } = remembered;

  const shareAt = (clientX: number) => {
    const box = container.current!.getBoundingClientRect();
    return ((clientX - box.left) / box.width) * 100;
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const step = event.shiftKey ? BIG_STEP : STEP;
    const next = { ArrowLeft: share - step, ArrowRight: share + step, Home: SPLIT_LIMITS.min, End: SPLIT_LIMITS.max }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    settle(next);
  };
  const onPointerDown = (event: PointerEvent<HTMLElement>) => {
    event.currentTarget.setPointerCapture(event.pointerId);
    dragging.current = true;
  };
  const onPointerMove = (event: PointerEvent) => {
    if (dragging.current) move(shareAt(event.clientX));
  };
  const onPointerUp = (event: PointerEvent) => {
    if (!dragging.current) return;
    dragging.current = false;
    settle(shareAt(event.clientX));
  };

  // One tree in both layouts, so that a window resized across 1280 px keeps the record (and what is typed into it).
  return (
    <Box ref={container} sx={sideBySide ? { display: 'flex', flex: 1, minHeight: 360 } : { display: 'flex', flexDirection: 'column', gap: 1 }}>
      <Box id={listId} sx={sideBySide ? { width: `${share}%`, minWidth: 0, display: 'flex', flexDirection: 'column' } : { height: stackedListHeight, flexShrink: 0 }}>{list}</Box>
      {sideBySide && (
        <Box role="separator" tabIndex={0} aria-orientation="vertical" aria-controls={listId} aria-label={t('layout.split')}
          aria-valuenow={share} aria-valuemin={SPLIT_LIMITS.min} aria-valuemax={SPLIT_LIMITS.max} aria-valuetext={t('layout.splitValue', { share })}
          onKeyDown={onKeyDown} onPointerDown={onPointerDown} onPointerMove={onPointerMove} onPointerUp={onPointerUp} onPointerCancel={onPointerUp}
          sx={{
            width: 16, flexShrink: 0, cursor: 'col-resize', touchAction: 'none', display: 'flex', justifyContent: 'center',
            '&::after': { content: '""', width: 2, borderRadius: 1, bgcolor: 'divider' },
            '&:hover::after, &:focus-visible::after': { width: 4, bgcolor: 'primary.main' },
            '&:focus-visible': { outline: 2, outlineColor: 'primary.main', outlineOffset: -2 },
          }} />
      )}
      {/* Beside the list it scrolls on its own: focusable then, so that a keyboard scrolls a record with nothing else to focus (a run's details). */}
      <Box {...(sideBySide ? { role: 'region', 'aria-label': t('layout.record'), tabIndex: 0 } : {})} sx={sideBySide ? { flex: 1, minWidth: 0, overflow: 'auto' } : {}}>
        {record}
      </Box>
    </Box>
  );
}
