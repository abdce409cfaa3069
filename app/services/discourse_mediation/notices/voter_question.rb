# frozen_string_literal: true

module DiscourseMediation
  # A voter's question reaches the mediators at once: a reply in the case's
  # mediators' message, by the system user, never naming who asked. A case
  # without that message (every mediator group was too large to message)
  # tells its own mediator instead; the case page lists the question either
  # way.
  class Notices::VoterQuestion
    def initialize(mediation_case, ballot_question)
      @mediation_case = mediation_case
      @ballot_question = ballot_question
    end

    def send!
      topic_id = @mediation_case.mediators_topic_id
      if topic_id && Topic.exists?(id: topic_id)
        PostCreator.create!(Discourse.system_user, topic_id:, raw:, skip_validations: true)
      elsif (mediator = @mediation_case.mediator)
        Notices::SystemMessage.send!(
          mediator,
          title: I18n.t("discourse_mediation.voter_question.title", case_id: @mediation_case.id),
          raw:,
        )
      end
    end

    private

    def raw
      I18n.t(
        "discourse_mediation.voter_question.body",
        question: Markdown.quote(@ballot_question.question),
        case_url: "#{Discourse.base_url}/mediation/cases/#{@mediation_case.id}",
      )
    end
  end
end
