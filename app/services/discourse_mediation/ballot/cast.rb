# frozen_string_literal: true

module DiscourseMediation
  # A voter casts their ballot, once. In one transaction the roll records that
  # they voted and a sealed paper (BallotSeal) records the choice with the
  # digest of a fresh receipt code; only the close opens it. The code is
  # handed back once. The ballot's row is held while voting, as closing holds
  # it while counting, so a vote is either counted or refused, never recorded
  # after the count.
  class Ballot::Cast
    include Service::Base
    include Ballot::OpenBallot

    REASON_MAX_LENGTH = 500

    params do
      attribute :ballot_id, :integer
      attribute :choice, :string
      attribute :paper_reason, :string
      validates :ballot_id, :choice, presence: true
      validates :paper_reason, length: { maximum: Ballot::Cast::REASON_MAX_LENGTH }

      # Optional; kept on the paper, never with the voter, and filtered from
      # the request log as the choice is (plugin.rb).
      def paper_reason
        super.to_s.strip.presence
      end
    end

    model :ballot
    policy :may_see_ballot
    policy :ballot_open
    policy :on_the_roll, class_name: Ballot::Policy::OnTheRoll
    policy :an_option

    transaction do
      step :lock_ballot
      policy :still_open
      step :mark_voted
      step :drop_paper
    end

    private

    def an_option(ballot:, params:)
      Rules::Ballot::Tally.valid_choice?(params.choice, ballot.options)
    end

    # Votes on one ballot queue behind its row lock, so this check cannot
    # race a second vote. The roll says who voted, never how.
    def mark_voted(ballot:, guardian:)
      marked =
        BallotVoter.where(ballot_id: ballot.id, user_id: guardian.user.id, voted: false).update_all(
          voted: true,
        )
      fail!(I18n.t("discourse_mediation.errors.already_voted")) if marked.zero?
    end

    # The paper is sealed before it reaches the database: a reader who sees
    # it arrive next to the roll's change learns who cast it, never what it says.
    def drop_paper(ballot:, params:)
      code = Rules::Ballot::Receipt.generate
      sealed =
        BallotSeal.for(ballot).seal(
          choice: params.choice,
          receipt_digest: Rules::Ballot::Receipt.digest(code),
          reason: params.paper_reason,
        )
      BallotPaper.insert_all!([{ ballot_id: ballot.id, sealed: }], returning: false)
      context[:receipt] = code
    end
  end
end
