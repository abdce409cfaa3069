# frozen_string_literal: true

module DiscourseMediation
  # The other cases that involved this case's subjects and are still
  # remembered: open ones, and ended ones within the forgiveness period.
  class SubjectHistoryQuery
    LIMIT = 20

    def initialize(mediation_case, now: Time.zone.now)
      @mediation_case = mediation_case
      @now = now
    end

    def cases
      subject_ids = @mediation_case.subject_ids
      return [] if subject_ids.empty?

      cutoff =
        Rules::Record::Forgiveness.cutoff(
          now: @now,
          months: SiteSetting.mediation_forgiveness_months,
        )
      MediationCase
        .where(id: CasePerson.where(user_id: subject_ids, subject: true).select(:case_id))
        .where.not(id: @mediation_case.id)
        .where("ended_at IS NULL OR ended_at > ?", cutoff)
        .includes(:topic)
        .order(created_at: :desc)
        .limit(LIMIT)
        .to_a
    end
  end
end
