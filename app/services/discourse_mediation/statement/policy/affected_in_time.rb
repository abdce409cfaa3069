# frozen_string_literal: true

module DiscourseMediation
  # People named as affected answer by their own, earlier time; after it, one
  # late statement is still taken and moves the person concerned's deadline.
  class Statement::Policy::AffectedInTime < Service::PolicyBase
    delegate :mediation_case, :guardian, to: :context, private: true

    def call
      return true if mediation_case.subject_ids.include?(guardian.user.id)
      mediation_case.affected_arrival != :closed
    end

    def reason
      I18n.t("discourse_mediation.errors.affected_window_closed")
    end
  end
end
