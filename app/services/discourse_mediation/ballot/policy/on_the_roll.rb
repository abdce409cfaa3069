# frozen_string_literal: true

module DiscourseMediation
  # Only people on the roll vote. The recused are told why.
  class Ballot::Policy::OnTheRoll < Service::PolicyBase
    delegate :ballot, :guardian, to: :context, private: true

    def call
      ballot.voter?(guardian.user)
    end

    def reason
      recusal = BallotView.recusal_reason(ballot, guardian.user)
      key = recusal ? "recused_#{recusal}" : "not_a_voter"
      I18n.t("discourse_mediation.errors.#{key}")
    end
  end
end
