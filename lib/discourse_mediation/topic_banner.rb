# frozen_string_literal: true

module DiscourseMediation
  # What a topic's readers learn while it is being mediated: only that a
  # mediator is helping. Nothing about who asked or whom it concerns.
  module TopicBanner
    module_function

    # `MediationTopicState` in lib/types/ for the case being mediated on a
    # topic (TopicMediation finds it), or nil when there is none.
    def for_case(mediation_case, guardian)
      return nil if mediation_case.blank?

      roles = guardian.can_mediate? ? guardian.mediation_roles_on(mediation_case) : []
      {
        in_progress: true,
        case_id: guardian.can_mediate? ? mediation_case.id : nil,
        can_post_as_mediator:
          Rules::Case::Lifecycle.may?(:step_in, state: mediation_case.state, roles:),
      }
    end
  end
end
