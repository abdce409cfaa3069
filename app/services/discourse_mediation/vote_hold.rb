# frozen_string_literal: true

module DiscourseMediation
  # A vote that cannot open when the statement time ends waits; it never
  # turns into a silent No action. The moderators are told why, once for
  # each reason, and the timeline says so.
  class VoteHold
    REASONS = %i[recusal_pending roll_too_small].freeze

    def initialize(mediation_case)
      @mediation_case = mediation_case
    end

    # Returns nil: no ballot opened.
    def hold!(reason)
      return nil if told?(reason)
      @mediation_case.log_event!("vote_held", reason: reason.to_s)
      eligible = BallotBox.eligible_voter_ids(@mediation_case).size
      Notices::SystemMessage.send_to_moderators!(
        title: I18n.t("discourse_mediation.vote_held.title", case_id: @mediation_case.id),
        raw:
          I18n.t(
            "discourse_mediation.vote_held.#{reason}",
            case_url: "#{Discourse.base_url}/mediation/cases/#{@mediation_case.id}",
            eligible:,
            required:
              Rules::Ballot::Tally.required(
                eligible:,
                quorum_percent: SiteSetting.mediation_quorum_percent,
                minimum: SiteSetting.mediation_min_ballots,
              ),
          ),
      )
      nil
    end

    private

    def told?(reason)
      @mediation_case.events.where(action: "vote_held").any? { _1.data["reason"] == reason.to_s }
    end
  end
end
