# frozen_string_literal: true

module DiscourseMediation
  # The private messages of due process, from the system user: the notice to
  # the person concerned, invitations to the people named as affected,
  # reminders a day before the deadline, and the extension decision. Written
  # with care: what is cited, who decides and how, and by when.
  class Notices::DueProcess
    def initialize(mediation_case)
      @mediation_case = mediation_case
      @report = mediation_case.report
    end

    def send_notice_and_invitations
      return if already_logged?("notices_sent")

      contact = ReportTopic.contact(@mediation_case)
      subjects.each { |user| send_pm(user, :notice, contact:) }
      affected_users.each { |user| send_pm(user, :invitation) }
      @mediation_case.log_event!("notices_sent", people_count: subjects.size + affected_users.size)
    end

    # To everyone who has neither written a statement nor declined, and whose
    # own time is not over: people affected answer before the last day.
    def send_reminders
      answered = @mediation_case.statements.pluck(:user_id)
      still_affected = @mediation_case.affected_arrival == :on_time ? affected_users : []
      (subjects + still_affected)
        .reject { answered.include?(_1.id) }
        .each { |user| send_pm(user, :reminder) }
    end

    def send_extension_decision
      decision = @mediation_case.extension_decision
      return if decision.blank? || already_logged?("extension_decision_sent")

      subjects.each do |user|
        send_pm(user, :"extension_#{decision}", reason: @mediation_case.extension_decision_reason)
      end
      @mediation_case.log_event!("extension_decision_sent")
    end

    # Something arrived after the person concerned's own statement: they may
    # answer it, once, until the time given. One message for each such time.
    def send_answer_window
      return if !@mediation_case.answer_window_open?
      subjects.each do |user|
        send_pm(
          user,
          :answer_window,
          answer_until: Notices::SystemMessage.time(@mediation_case.answer_until),
        )
      end
    end

    private

    def already_logged?(action)
      @mediation_case.events.where(action:).exists?
    end

    def subjects
      @subjects ||= User.where(id: @mediation_case.subject_ids).to_a
    end

    def affected_users
      @affected_users ||= User.where(id: @mediation_case.affected_ids).to_a
    end

    def send_pm(user, kind, **extra)
      scope = "discourse_mediation.notifications"
      values = placeholders(user).merge(extra)
      # Titles are plain text; bodies are Markdown, where user text is escaped.
      body_values = values.merge(Notices::Conduct.body_values(@mediation_case))
      body_values[:reason] = Markdown.inline(values[:reason]) if values.key?(:reason)
      Notices::SystemMessage.send_once!(
        @mediation_case,
        sent_key(kind),
        user,
        title: I18n.t("#{scope}.#{kind}_title", **values),
        raw: I18n.t("#{scope}.#{kind}_body", **body_values),
      )
    end

    # A granted extension makes a new last day, and a new reminder.
    def sent_key(kind)
      case kind
      when :reminder
        "reminder:#{@mediation_case.statement_deadline_at.to_i}"
      when :answer_window
        "answer_window:#{@mediation_case.answer_until.to_i}"
      else
        kind
      end
    end

    def placeholders(user)
      {
        username: user.username,
        **Notices::Conduct.title_values(@mediation_case),
        list_url: "#{Discourse.base_url}/mediation/published-list",
        statement_url: "#{Discourse.base_url}/mediation/cases/#{@mediation_case.id}/statement",
        deadline: Notices::SystemMessage.time(@mediation_case.statement_deadline_at),
        affected_deadline:
          Notices::SystemMessage.time(
            @mediation_case.affected_closes_at || @mediation_case.statement_deadline_at,
          ),
        cited_items: cited_items,
        summary: Markdown.inline(@report&.what_happened.to_s.truncate(600)),
      }
    end

    def cited_items
      Citation.as_list(@report.citations)
    end
  end
end
