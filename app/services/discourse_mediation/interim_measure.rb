# frozen_string_literal: true

module DiscourseMediation
  # Ends an interim measure early: the ballot decided No action, or a decided
  # outcome replaces it.
  module InterimMeasure
    module_function

    def lift!(mediation_case, by: Discourse.system_user)
      return if mediation_case.interim_suspended_until.blank?

      User
        .where(id: mediation_case.subject_ids)
        .each do |user|
          UserSuspender.unsuspend(user, by_user: by) if user.suspended?
          UserSilencer.unsilence(user, by) if user.silenced?
        end
      mediation_case.update!(interim_suspended_until: nil)
      mediation_case.log_event!("interim_lifted")
    end
  end
end
