# frozen_string_literal: true

module DiscourseMediation
  # What a topic's readers learn while it is being mediated: only that a
  # mediator is helping. Nothing about who asked or whom it concerns.
  module TopicBanner
    module_function

    # `MediationTopicState` in lib/types/, or nil when nobody is mediating.
    def for(topic, guardian)
      return nil if !SiteSetting.mediation_enabled || topic.blank?

      mediation_case = MediationCase.find_by(topic_id: topic.id, state: "mediating")
      return nil if mediation_case.blank?

      roles = guardian.can_mediate? ? guardian.mediation_roles_on(mediation_case) : []
      {
        in_progress: true,
        case_id: guardian.can_mediate? ? mediation_case.id : nil,
        can_post_as_mediator: Rules::Case::Lifecycle.may?(:step_in, state: mediation_case.state, roles:),
      }
    end
  end
end
