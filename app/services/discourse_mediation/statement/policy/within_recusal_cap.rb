# frozen_string_literal: true

module DiscourseMediation
  # The person concerned may ask that voters step aside up to a cap (a third
  # of the roll, at least one), so that no series of requests can empty the
  # roll or leave only the voters they chose.
  class Statement::Policy::WithinRecusalCap < Service::PolicyBase
    delegate :mediation_case, to: :context, private: true

    def call
      mediation_case.recusal_requests.asked.count < cap
    end

    def reason
      I18n.t("discourse_mediation.errors.recusal_cap_reached", count: cap)
    end

    private

    def cap
      @cap ||= Rules::Ballot::Recusal.request_cap(BallotBox.case_roll(mediation_case).size)
    end
  end
end
