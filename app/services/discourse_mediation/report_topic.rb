# frozen_string_literal: true

module DiscourseMediation
  # The text of the report topic voters read: the report, the cited items as
  # cited, every statement, and the ballot's options.
  module ReportTopic
    SCOPE = "discourse_mediation.report_topic"

    module_function

    def title(ballot)
      mediation_case = ballot.mediation_case
      I18n.t("#{SCOPE}.title", case_id: mediation_case.id, topic_title: mediation_case.topic_title)
    end

    def raw(ballot)
      mediation_case = ballot.mediation_case
      report = mediation_case.report
      subject = User.find_by(id: mediation_case.subject_ids.first)
      username = subject&.username || I18n.t("discourse_mediation.former_member")
      I18n.t(
        "#{SCOPE}.body",
        post_in_question: post_in_question(mediation_case, username),
        further_posts: further_posts(mediation_case),
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

    # Voters cannot open a private message: the one message shared is quoted.
    # Conduct outside the forum has no post: where, when, and the evidence.
    def post_in_question(mediation_case, username)
      if mediation_case.elsewhere?
        Elsewhere.in_question(mediation_case, username)
      elsif mediation_case.private_message?
        I18n.t(
          "#{SCOPE}.private_message_in_question",
          username:,
          message: Markdown.quote(mediation_case.post&.raw),
        )
      else
        I18n.t("#{SCOPE}.post_in_question", username:, post_url: mediation_case.post_full_url.to_s)
      end
    end

    # The posts a mediator attached, each with the note saying why.
    def further_posts(mediation_case)
      attached = mediation_case.attached_posts.includes(post: { topic: :category }).to_a
      return "" if attached.empty?
      items =
        attached.map do |attached_post|
          citation = attached_post.citation
          title = Markdown.inline(citation[:topic_title])
          I18n.t(
            "#{SCOPE}.further_post",
            post:
              (
                if citation[:url]
                  "[#{title}](#{Discourse.base_url_no_prefix}#{citation[:url]})"
                else
                  title
                end
              ),
            note: Markdown.quote(attached_post.note),
          )
        end
      I18n.t("#{SCOPE}.further_posts", posts: items.join("\n\n"))
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
      mediation_case.statements.sort_by(&:created_at).map { statement_text(_1) }.join("\n\n")
    end

    def statement_text(statement)
      return I18n.t("#{SCOPE}.declined", username: author_name(statement)) if statement.declined
      key = statement.kind == "statement" ? "statement_#{statement.role}" : statement.kind
      I18n.t(
        "#{SCOPE}.#{key}",
        username: author_name(statement),
        raw: Markdown.quote(statement.raw),
        question: Markdown.quote(statement.question.to_s),
      )
    end

    # What reaches the case file while the ballot runs joins its topic too,
    # posted by the system user (the topic is closed to replies).
    def add_statement!(mediation_case, statement)
      topic = mediation_case.ballot&.topic
      return if topic.nil? || mediation_case.state != "voting"
      PostCreator.create!(
        Discourse.system_user,
        topic_id: topic.id,
        raw: statement_text(statement),
        skip_validations: true,
      )
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
