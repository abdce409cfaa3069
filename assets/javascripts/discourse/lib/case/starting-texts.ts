// The three moves the community asked mediators for, each with a starting
// text written by us and translated like every other string.
export type MediatorMove = "calm" | "summarise" | "agree_to_disagree";

export const MEDIATOR_MOVES: readonly MediatorMove[] = [
  "calm",
  "summarise",
  "agree_to_disagree",
];

export const MOVE_TEXT: Record<
  MediatorMove,
  { label: string; description: string; text: string }
> = {
  calm: {
    label: "discourse_mediation.post_as_mediator.moves.calm.label",
    description: "discourse_mediation.post_as_mediator.moves.calm.description",
    text: "discourse_mediation.post_as_mediator.moves.calm.text",
  },
  summarise: {
    label: "discourse_mediation.post_as_mediator.moves.summarise.label",
    description:
      "discourse_mediation.post_as_mediator.moves.summarise.description",
    text: "discourse_mediation.post_as_mediator.moves.summarise.text",
  },
  agree_to_disagree: {
    label: "discourse_mediation.post_as_mediator.moves.agree_to_disagree.label",
    description:
      "discourse_mediation.post_as_mediator.moves.agree_to_disagree.description",
    text: "discourse_mediation.post_as_mediator.moves.agree_to_disagree.text",
  },
};
