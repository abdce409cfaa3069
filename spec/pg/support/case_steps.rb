# frozen_string_literal: true

# A case's life as the services take it, for specs that need a case further
# along than the step they test. Every step must succeed: a setup that fails
# says where, instead of leaving a half-built case behind.
module CaseSteps
  def self.included(base)
    base.let(:mediators) { Fabricate(:group) }
    base.let(:voters) { Fabricate(:group) }
    base.let(:reports_category) { Fabricate(:category, read_restricted: true) }
    base.let(:mediator) { Fabricate(:member, groups: [mediators]) }
    base.let(:other_mediator) { Fabricate(:member, groups: [mediators]) }
    base.let(:moderator) { Fabricate(:moderator) }
    base.let(:admin) { Fabricate(:admin) }
    base.let(:member) { Fabricate(:member) }
    base.let(:author) { Fabricate(:member) }
    base.let(:topic) { Fabricate(:topic) }
    base.let(:post) { Fabricate(:post, topic:, user: author) }
  end

  def configure_mediation
    SiteSetting.mediation_mediator_groups = mediators.id.to_s
    SiteSetting.mediation_voter_groups = voters.id.to_s
    SiteSetting.mediation_reports_category = reports_category.id
    DiscourseMediation::Defaults.seed!
  end

  def succeed(result)
    if result.failure?
      raise "setup step failed: #{ServiceMatchers::RunSuccessfully.new.tap { _1.matches?(result) }.failure_message}"
    end
    result
  end

  def ask_for_help(on: post, by: member, kind: "deescalate", **request)
    succeed(
      DiscourseMediation::HelpRequest::Create.call(
        params: {
          post_id: on.id,
          kind:,
          **request,
        },
        guardian: by.guardian,
      ),
    ).mediation_case
  end

  def claim(mediation_case, by: mediator)
    succeed(
      DiscourseMediation::Case::Claim.call(
        params: {
          case_id: mediation_case.id,
        },
        guardian: by.guardian,
      ),
    )
    mediation_case.reload
  end

  # Without contact with the person concerned, the reason why is required.
  def escalate(
    mediation_case,
    by: mediator,
    no_contact_reason: "They asked the mediators not to write to them"
  )
    claim(mediation_case, by:) if mediation_case.state == "requested"
    succeed(
      DiscourseMediation::Case::Escalate.call(
        params: {
          case_id: mediation_case.id,
          reason: "It went on after two attempts",
          no_contact_reason:,
        },
        guardian: by.guardian,
      ),
    )
    mediation_case.reload
  end

  def report_params(mediation_case, **overrides)
    {
      case_id: mediation_case.id,
      what_happened: "Repeated insults in the thread",
      mediation_course: "A public note, then a private conversation",
      why_unresolved: "The insults went on",
      cited_keys: ["personal-attacks"],
      recommended_keys: %w[formal_warning suspension],
      **overrides,
    }
  end

  def submit_report(mediation_case, by: mediator, **overrides)
    escalate(mediation_case, by:) if %w[requested mediating].include?(mediation_case.state)
    succeed(
      DiscourseMediation::Report::Save.call(
        params: report_params(mediation_case, **overrides),
        guardian: by.guardian,
      ),
    )
    succeed(
      DiscourseMediation::Report::Submit.call(
        params: {
          case_id: mediation_case.id,
        },
        guardian: by.guardian,
      ),
    )
    mediation_case.reload
  end

  # The person concerned waives the window: the ballot opens at once. Once
  # they have sent a statement the window is no longer theirs to waive, so it
  # runs out instead.
  def open_vote(mediation_case, by: author, **report)
    submit_report(mediation_case, **report) if mediation_case.state != "awaiting_statements"
    if mediation_case.statements.exists?(user_id: by.id)
      travel_to(mediation_case.statement_deadline_at + 1.minute)
      run_job(Jobs::DiscourseMediation::MediationStatementWindows)
    else
      succeed(
        DiscourseMediation::Statement::Waive.call(
          params: {
            case_id: mediation_case.id,
          },
          guardian: by.guardian,
        ),
      )
    end
    mediation_case.reload
  end

  # A moderator's decision on a request that a voter step aside, or on the
  # report's naming a voter as affected.
  def decide_recusal(
    mediation_case,
    request,
    by: moderator,
    decision: "granted",
    reason: "No stake in this case"
  )
    DiscourseMediation::Case::DecideRecusal.call(
      params: {
        case_id: mediation_case.id,
        recusal_request_id: request.id,
        decision:,
        reason:,
      },
      guardian: by.guardian,
    )
  end

  # The case page's JSON as this user reads it.
  def case_page(mediation_case, user)
    DiscourseMediation::CaseSerializer.new(
      mediation_case.reload,
      scope: user.guardian,
      root: false,
      disclosure:
        DiscourseMediation::CaseDisclosure.new(
          mediation_case,
          user.guardian.mediation_roles_on(mediation_case),
        ),
      history: [],
      mediators: [],
    ).as_json
  end

  # The statement page's JSON as this member reads it.
  def statement_page(mediation_case, user = author)
    DiscourseMediation::StatementPageSerializer.new(
      mediation_case.reload,
      scope: user.guardian,
      root: false,
      disclosure:
        DiscourseMediation::CaseDisclosure.new(
          mediation_case,
          user.guardian.mediation_roles_on(mediation_case),
        ),
    ).as_json
  end

  def add_voters(count)
    Array.new(count) { Fabricate(:member, groups: [voters]) }
  end

  def cast(ballot, voter, choice)
    succeed(
      DiscourseMediation::Ballot::Cast.call(
        params: {
          ballot_id: ballot.id,
          choice:,
        },
        guardian: voter.guardian,
      ),
    )
  end

  # A decided case's outcome carried out by a moderator, its messages sent.
  def carry_out(mediation_case, by: moderator, duration_days: 30, reason: "It went on", **terms)
    succeed(
      DiscourseMediation::Case::Implement.call(
        params: {
          case_id: mediation_case.id,
          duration_days:,
          reason:,
          **terms,
        },
        guardian: by.guardian,
      ),
    )
    run_enqueued_jobs
    mediation_case.reload
  end

  # A ballot voted on and closed: the case is decided.
  def decide(mediation_case, votes:, **report)
    open_vote(mediation_case, **report) if mediation_case.state != "voting"
    ballot = mediation_case.reload.ballot
    votes.each { |voter, choice| cast(ballot, voter, choice) }
    DiscourseMediation::BallotBox.close!(ballot, now: ballot.closes_at)
    mediation_case.reload
  end
end
