# frozen_string_literal: true

module DiscourseMediation
  # Voters see the options as they read when the ballot opened, but a step an
  # open ballot offers stays on the ladder until that ballot closes.
  class LadderSteps::Policy::LiveOptionsKept < Service::PolicyBase
    delegate :params, to: :context, private: true

    def call
      removed.empty?
    end

    def reason
      I18n.t("discourse_mediation.errors.ladder_step_in_live_ballot", keys: removed.join(", "))
    end

    private

    def removed
      @removed ||=
        begin
          kept = LadderSteps::Policy::LadderIsSound.parse(params.steps).map { _1[:key] }
          Ballot.where(closed_at: nil).pluck(:options).flatten.uniq - kept
        end
    end
  end
end
