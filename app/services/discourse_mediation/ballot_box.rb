# frozen_string_literal: true

module DiscourseMediation
  # Opens and closes the secret ballot of a case. Casting a vote is
  # `Ballot::Cast`, a service, since a user takes it.
  module BallotBox
    module_function

    # The roll is fixed when the ballot opens: members of the voter groups at
    # that moment, minus the person concerned, the requesters and the mediators.
    def open!(mediation_case, now: Time.zone.now)
      return mediation_case.ballot if mediation_case.ballot

      ladder = LadderStep.rules_steps
      options = [
        Rules::DueProcess::Ladder::NO_ACTION,
        *Rules::DueProcess::Ladder.in_severity_order(
          mediation_case.report&.recommended_keys.to_a,
          ladder,
        ),
      ]
      steps = LadderStep.where(key: options).index_by(&:key).values_at(*options).compact
      ballot =
        create_with_roll!(
          mediation_case,
          "decision",
          options:,
          steps:,
          eligible: eligible_voter_ids(mediation_case),
          now:,
        )
      # The job reads the ballot, so it must not start before the ballot is committed.
      DB.after_commit do
        Jobs.enqueue(Jobs::DiscourseMediation::PostMediationReportTopic, ballot_id: ballot.id)
      end
      ballot
    end

    def voter_ids(group_ids)
      GroupUser.where(group_id: group_ids).distinct.pluck(:user_id)
    end

    # An appeal's ballot: the appeal groups, minus everyone in the case and
    # everyone who voted on the first ballot (its roll records who voted,
    # never how). Options from No action up to the sanction carried out.
    def open_appeal!(mediation_case, now: Time.zone.now)
      return mediation_case.appeal_ballot if mediation_case.appeal_ballot

      first = mediation_case.ballot
      options =
        Rules::DueProcess::Appeal.options(
          ballot_options: first.options,
          carried_out: mediation_case.outcome,
        )
      steps = options.filter_map { |key| first.option_step(key) }
      create_with_roll!(
        mediation_case,
        "appeal",
        options:,
        steps:,
        eligible: appeal_roll(mediation_case),
        now:,
      )
    end

    # Either ballot, with its options as they read now and its roll; the
    # quorum, the minimum and the duration are the site's at this moment.
    def create_with_roll!(mediation_case, kind, options:, steps:, eligible:, now:)
      ballot =
        Ballot.create!(
          case_id: mediation_case.id,
          kind:,
          options:,
          option_steps: Ballot.snapshot(steps),
          eligible_count: eligible.size,
          quorum_percent: SiteSetting.mediation_quorum_percent,
          min_ballots: SiteSetting.mediation_min_ballots,
          opens_at: now,
          closes_at: now + SiteSetting.mediation_ballot_hours.hours,
        )
      if eligible.any?
        BallotVoter.insert_all(
          eligible.map { |user_id| { ballot_id: ballot.id, user_id: } },
          returning: false,
        )
      end
      BallotSeal.for(ballot)
      # The job reads the roll, so it must not start before it is committed.
      DB.after_commit do
        Jobs.enqueue(Jobs::DiscourseMediation::TellVotersBallotOpened, ballot_id: ballot.id)
      end
      ballot
    end

    # Who would be on the roll if the ballot opened now: the voter groups,
    # minus everyone in the case and anyone the person concerned asked to
    # step aside, unless a moderator declined that request.
    def eligible_voter_ids(mediation_case)
      case_roll(mediation_case) -
        RecusalRequest.where(case_id: mediation_case.id).keeping_off_the_roll.pluck(:voter_id)
    end

    # Active members of these groups, minus everyone who acted on the case.
    def case_roll(mediation_case, group_ids = SiteSetting.mediation_voter_groups_map)
      Rules::Ballot::Recusal.eligible(
        voter_ids: active_voter_ids(group_ids),
        **mediation_case.recusal_roles,
      )
    end

    # The voters the report names as affected, who would be on the roll but
    # for the naming: each stays on it until a moderator confirms the naming.
    def named_voter_ids(mediation_case)
      roles = mediation_case.recusal_roles.merge(affected_ids: [])
      Rules::Ballot::Recusal.eligible(voter_ids: active_voter_ids, **roles) &
        mediation_case.affected_ids
    end

    def active_voter_ids(group_ids = SiteSetting.mediation_voter_groups_map)
      User.real.activated.not_suspended.where(id: voter_ids(group_ids)).pluck(:id)
    end

    # The appeal's roll if it opened now: the appeal groups, minus everyone
    # who acted on the case and everyone who voted on the first ballot.
    def appeal_roll(mediation_case)
      first_voters =
        BallotVoter.where(ballot_id: mediation_case.ballot.id, voted: true).pluck(:user_id)
      case_roll(mediation_case, SiteSetting.mediation_appeal_groups_map) - first_voters
    end

    # Whether a roll of this size can decide under the site's quorum and minimum.
    def roll_can_decide?(size)
      Rules::Ballot::Tally.can_decide?(
        eligible: size,
        quorum_percent: SiteSetting.mediation_quorum_percent,
        minimum: SiteSetting.mediation_min_ballots,
      )
    end

    # Why the decision's ballot cannot open now, or nil: a request that a
    # voter step aside still undecided, or a roll that cannot decide.
    def hold_reason(mediation_case)
      if RecusalRequest.where(case_id: mediation_case.id, decision: nil).exists?
        return :recusal_pending
      end
      return :roll_too_small if !roll_can_decide?(eligible_voter_ids(mediation_case).size)
      nil
    end

    # Opens the papers, counts them and keeps with the ballot only what the
    # pages need from now on: the counts, the reasons in alphabetical order
    # and the receipts in digest order. The papers and their seal are deleted
    # in the same transaction, and once it commits a job vacuums what they
    # leave behind. Then closes the report topic and moves the case on.
    # Running it again changes nothing more.
    def close!(ballot, now: Time.zone.now)
      ballot.with_lock do
        next if ballot.closed? || now < ballot.closes_at

        papers = open_papers(ballot)
        result =
          Rules::Ballot::Tally.decide(
            options: ballot.options,
            ballots: papers.map { _1[:choice] },
            eligible: ballot.eligible_count,
            quorum_percent: ballot.quorum_percent,
            minimum: ballot.min_ballots,
            # An appeal that cannot decide keeps what was carried out.
            kept: ballot.appeal? ? ballot.options.last : nil,
          )
        ballot.update!(
          closed_at: now,
          outcome: result.outcome,
          quorum_met: result.quorum_met,
          counts: result.counts,
          cast_count: result.cast,
          abstentions: result.abstentions,
          required_count: result.required,
          paper_reasons: papers.filter_map { _1[:reason].presence }.sort,
        )
        forget_papers!(ballot, papers)

        mediation_case = ballot.mediation_case
        if ballot.appeal?
          AppealOutcome.apply!(mediation_case, ballot)
          next
        end
        mediation_case.apply_event!(
          :close_ballot,
          user: nil,
          outcome: result.outcome,
          quorum_met: result.quorum_met,
        )
        close_report_topic(ballot)
        # "No action" ends an interim measure at once: it was only ever until the decision.
        if result.outcome == Rules::DueProcess::Ladder::NO_ACTION
          InterimMeasure.lift!(mediation_case)
        end
      end
    end

    # Every paper's contents, in digest order rather than the order they were
    # cast in. Raises BallotSeal::Unreadable rather than count part of them.
    def open_papers(ballot)
      seal = BallotSeal.find_by(ballot_id: ballot.id)
      papers = BallotPaper.where(ballot_id: ballot.id).to_a
      if papers.any?(&:sealed) && seal.nil?
        raise BallotSeal::Unreadable, "ballot #{ballot.id} has sealed papers and no seal"
      end
      papers.map { _1.contents(seal) }.sort_by { _1[:receipt_digest] }
    end

    def forget_papers!(ballot, papers)
      if papers.any?
        BallotReceipt.insert_all!(
          papers.map { { ballot_id: ballot.id, digest: _1[:receipt_digest] } },
          returning: false,
        )
      end
      BallotPaper.where(ballot_id: ballot.id).delete_all
      BallotSeal.where(ballot_id: ballot.id).delete_all
      closed_xid = ActiveRecord::Base.connection.select_value("SELECT txid_current()")
      Jobs.enqueue(Jobs::DiscourseMediation::VacuumBallotPapers, closed_xid:)
    end

    def close_report_topic(ballot)
      topic = ballot.topic
      return if topic.blank? || topic.closed
      topic.update_status("closed", true, Discourse.system_user)
    end
  end
end
