# frozen_string_literal: true

module DiscourseMediation
  # What the coaching services share besides finding the case: once a step
  # is recorded, the other side hears that it is their turn
  # (TellCoachingStep), by a message that never quotes the plan or summary.
  module Case::CoachingStep
    private

    def tell_the_other_side(mediation_case:, event:)
      Jobs.enqueue(
        Jobs::DiscourseMediation::TellCoachingStep,
        case_id: mediation_case.id,
        event_id: event.id,
      )
    end
  end
end
