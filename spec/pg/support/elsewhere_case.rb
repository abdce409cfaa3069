# frozen_string_literal: true

# A case about conduct outside the forum, made as HelpRequest::CreateElsewhere
# leaves one (that service is specified on its own): the person concerned,
# where and when, and the member's request, who did not agree to be named.
module ElsewhereCase
  WHERE = "the #infra Matrix room"
  ON = Date.new(2026, 11, 30)

  def open_elsewhere_case(about: author, by: member, kind: "deescalate")
    mediation_case =
      DiscourseMediation::MediationCase.create!(
        conduct_place: "elsewhere",
        conduct_where: WHERE,
        conduct_on: ON,
        subject_id: about.id,
      )
    mediation_case.people.create!(user_id: about.id, subject: true)
    request =
      mediation_case.help_requests.create!(
        user: by,
        kind:,
        message: "They called my patch worthless in front of everyone.",
        consent_to_be_named: false,
      )
    mediation_case.log_event!(
      "case_opened",
      user: by,
      help_request_id: request.id,
      kind:,
      conduct_place: "elsewhere",
    )
    mediation_case
  end
end
