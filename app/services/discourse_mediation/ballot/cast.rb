# frozen_string_literal: true

module DiscourseMediation
  # A voter casts their ballot, once. In one transaction the roll records that
  # they voted and a paper records the choice with the digest of a fresh
  # receipt code; nothing links the two. The code is handed back once. The
  # ballot's row is held while voting, as closing holds it while counting, so
  # a vote is either counted or refused, never recorded after the count.
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
    # race a second vote. The whole roll is rewritten in one statement, so
    # every row carries this transaction's version: none says when it voted.
    def mark_voted(ballot:, guardian:)
      if !BallotVoter.where(ballot_id: ballot.id, user_id: guardian.user.id, voted: false).exists?
        fail!(I18n.t("discourse_mediation.errors.already_voted"))
      end
      BallotBox.rewrite_roll!(ballot, voted_user_id: guardian.user.id)
    end

    def drop_paper(ballot:, params:)
      code = Rules::Ballot::Receipt.generate
      BallotBox.rewrite_papers!(
        ballot,
        add: { choice: params.choice, receipt_digest: Rules::Ballot::Receipt.digest(code), reason: params.paper_reason },
      )
      context[:receipt] = code
    end
  end
end
