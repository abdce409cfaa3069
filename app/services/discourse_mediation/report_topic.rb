# frozen_string_literal: true

module DiscourseMediation
  # The text of the report topic voters read: the report, the cited items as
  # cited, every statement, and the ballot's options.
  module ReportTopic
    SCOPE = "discourse_mediation.report_topic"

    module_function

    def title(ballot)
      mediation_case = ballot.mediation_case
      I18n.t(
        "#{SCOPE}.title",
        case_id: mediation_case.id,
        topic_title: mediation_case.topic&.title || I18n.t("discourse_mediation.deleted_topic"),
      )
    end

    def raw(ballot)
      mediation_case = ballot.mediation_case
      report = mediation_case.report
      subject = User.find_by(id: mediation_case.subject_ids.first)
      I18n.t(
        "#{SCOPE}.body",
        username: subject&.username || I18n.t("discourse_mediation.former_member"),
        post_url: mediation_case.post&.full_url.to_s,
        what_happened: Markdown.quote(report&.what_happened),
        mediation_course: Markdown.quote(report&.mediation_course),
        why_unresolved: Markdown.quote(report&.why_unresolved),
        contact: contact(mediation_case),
        cited_items: cited_items(report),
        statements: statements(mediation_case),
        options: options(ballot),
        closes_at: Notices::SystemMessage.time(ballot.closes_at),
      )
    end

    # Mediation first: whether the mediator reached the person concerned, what
    # the first message told them, and, only then, whether they replied.
    def contact(mediation_case)
      scope = "#{SCOPE}.contact"
      if mediation_case.subject_contacted_at.nil?
        return(
          I18n.t(
            "#{scope}.not_reached",
            reason:
              Markdown.quote(
                mediation_case.no_contact_reason.presence || I18n.t("#{scope}.no_reason"),
              ),
          )
        )
      end

      sentences = [
        I18n.t(
          "#{scope}.reached",
          date: Notices::SystemMessage.time(mediation_case.subject_contacted_at),
        ),
      ]
      sentences << I18n.t("#{scope}.told") if mediation_case.subject_told_at
      if mediation_case.subject_told_at && mediation_case.report&.cites_silence
        sentences << I18n.t("#{scope}.silent")
      end
      sentences.join(" ")
    end

    def cited_items(report)
      return "" if report.blank?
      Citation.as_list(report.citations)
    end

    # An account deleted since: the statement stands, its author unnamed.
    def author_name(statement)
      statement.user&.username || I18n.t("discourse_mediation.former_member")
    end

    def statements(mediation_case)
      return I18n.t("#{SCOPE}.no_statements") if mediation_case.statements.empty?
      mediation_case
        .statements
        .map do |statement|
          if statement.declined
            I18n.t("#{SCOPE}.declined", username: author_name(statement))
          else
            I18n.t(
              "#{SCOPE}.statement_#{statement.role}",
              username: author_name(statement),
              raw: Markdown.quote(statement.raw),
            )
          end
        end
        .join("\n\n")
    end

    def options(ballot)
      ballot
        .options
        .map do |key|
          step = ballot.option_step(key)
          "- **#{step&.title || key}**: #{step&.description}"
        end
        .join("\n")
    end
  end
end
