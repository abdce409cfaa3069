import { i18n } from "discourse-i18n";
import { LADDER_KINDS } from "discourse/plugins/discourse-mediation/discourse/lib/choices";
import type {
  LadderKind,
  LadderStep,
} from "discourse/plugins/discourse-mediation/discourse/lib/types/index";

const KIND_LABEL: Record<LadderKind, string> = {
  no_action: "discourse_mediation.ladder.kinds.no_action",
  private_correction: "discourse_mediation.ladder.kinds.private_correction",
  formal_warning: "discourse_mediation.ladder.kinds.formal_warning",
  coaching: "discourse_mediation.ladder.kinds.coaching",
  cool_down: "discourse_mediation.ladder.kinds.cool_down",
  suspension: "discourse_mediation.ladder.kinds.suspension",
  long_suspension: "discourse_mediation.ladder.kinds.long_suspension",
};

const SANCTION_KINDS = LADDER_KINDS.filter((kind) => kind !== "no_action");

/** A step as the ladder editor shows it. */
export interface LadderRow {
  step: LadderStep;
  index: number;
  position: number;
  /** No action, first and fixed. */
  isFixed: boolean;
  isFirstSanction: boolean;
  isLast: boolean;
  kinds: Array<{ kind: LadderKind; label: string; isChosen: boolean }>;
}

export function ladderRows(steps: LadderStep[]): LadderRow[] {
  return steps.map((step, index) => ({
    step,
    index,
    position: index + 1,
    isFixed: index === 0 && step.kind === "no_action",
    isFirstSanction: index === 1,
    isLast: index === steps.length - 1,
    kinds: SANCTION_KINDS.map((kind) => ({
      kind,
      label: i18n(KIND_LABEL[kind]),
      isChosen: kind === step.kind,
    })),
  }));
}

/** The steps with one moved `by` places. */
export function movedSteps(
  steps: LadderStep[],
  index: number,
  by: number
): LadderStep[] {
  const moved = [...steps];
  const [step] = moved.splice(index, 1);
  moved.splice(index + by, 0, step);
  return moved;
}

/** The steps with one of them changed. */
export function changedSteps(
  steps: LadderStep[],
  index: number,
  changes: Partial<LadderStep>
): LadderStep[] {
  return steps.map((step, i) => (i === index ? { ...step, ...changes } : step));
}

/** A new, empty step at the bottom: a formal warning until the admin says otherwise. */
export function withNewStep(steps: LadderStep[]): LadderStep[] {
  return [
    ...steps,
    {
      key: "",
      kind: "formal_warning",
      title: "",
      description: "",
      duration_days: null,
      review_days: null,
    },
  ];
}
