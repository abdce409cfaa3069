# frozen_string_literal: true

# The steps of a case's life, as the services take them, for request specs
# that need a case further along than the step they test.
module MediationCaseSteps
  def configure_mediation(mediators:, voters: nil, reports: nil)
    enable_current_plugin
    SiteSetting.mediation_mediator_groups = mediators.id.to_s
    SiteSetting.mediation_voter_groups = voters.id.to_s if voters
    SiteSetting.mediation_reports_category = reports.id if reports
    SiteSetting.mediation_request_allowed_groups = Group::AUTO_GROUPS[:trust_level_1].to_s
    DiscourseMediation::Defaults.seed!
  end

  def ask_for_help(post, by:, kind: "deescalate", **request)
    DiscourseMediation::HelpRequest::Create.call(
      params: {
        post_id: post.id,
        kind:,
        **request,
      },
      guardian: by.guardian,
    )
  end

  # Claimed by `mediator`, then escalated to the report stage.
  def escalate(mediation_case, mediator:)
    DiscourseMediation::Case::Claim.call(
      params: {
        case_id: mediation_case.id,
      },
      guardian: mediator.guardian,
    )
    DiscourseMediation::Case::Escalate.call(
      params: {
        case_id: mediation_case.id,
        reason: "It went on",
        no_contact_reason: "They asked not to be written to",
      },
      guardian: mediator.guardian,
    )
    mediation_case.reload
  end

  def submit_complete_report(mediation_case, mediator:, recommended:)
    DiscourseMediation::Report::Save.call(
      params: {
        case_id: mediation_case.id,
        what_happened: "Insults",
        mediation_course: "Tried",
        why_unresolved: "Went on",
        cited_keys: ["personal-attacks"],
        recommended_keys: recommended,
      },
      guardian: mediator.guardian,
    )
    DiscourseMediation::Report::Submit.call(
      params: {
        case_id: mediation_case.id,
      },
      guardian: mediator.guardian,
    )
    mediation_case.reload
  end

  # The person concerned waives the window: the ballot opens at once.
  def open_vote(mediation_case, subject:)
    DiscourseMediation::Statement::Waive.call(
      params: {
        case_id: mediation_case.id,
      },
      guardian: subject.guardian,
    )
    mediation_case.reload
  end
end
