# frozen_string_literal: true

module Jobs
  module DiscourseMediation
    # A recommendation to other spaces: when it is made, the person concerned
    # is shown it, with until when they may answer, and the moderators are
    # told which spaces it is for and from when it may be passed on; when the
    # person answers, the moderators are told it may be passed on now. Each
    # message is sent once. Nothing leaves the forum.
    class TellRecommendation < ::Jobs::Base
      SCOPE = "discourse_mediation.recommendation_notice"

      def execute(args)
        recommendation =
          ::DiscourseMediation::Recommendation.includes(mediation_case: :topic).find_by(
            id: args[:recommendation_id],
          )
        return if recommendation.nil?
        mediation_case = recommendation.mediation_case
        if args[:what] == "made"
          tell_subject(mediation_case, recommendation)
          tell_moderators(mediation_case, recommendation, "made")
        elsif args[:what] == "answered" && recommendation.answered_at
          tell_moderators(mediation_case, recommendation, "answered")
        end
      end

      private

      def tell_subject(mediation_case, recommendation)
        conduct = ::DiscourseMediation::Notices::Conduct
        User
          .where(id: mediation_case.subject_ids)
          .each do |user|
            messages.send_once!(
              mediation_case,
              "recommendation_#{recommendation.id}",
              user,
              title: I18n.t("#{SCOPE}.subject_title", **conduct.title_values(mediation_case)),
              raw:
                I18n.t(
                  "#{SCOPE}.subject_body",
                  **conduct.body_values(mediation_case),
                  text: ::DiscourseMediation::Markdown.quote(recommendation.text),
                  spaces: spaces(recommendation),
                  answer_until: messages.time(recommendation.answer_until),
                  statement_url:
                    "#{Discourse.base_url}/mediation/cases/#{mediation_case.id}/statement",
                ),
            )
          end
      end

      # One group message to the moderators, marked as sent to the system user.
      def tell_moderators(mediation_case, recommendation, what)
        messages_kind = "recommendation_#{recommendation.id}_#{what}_moderators"
        ::DiscourseMediation::SentMessage.once(
          mediation_case,
          messages_kind,
          Discourse.system_user,
        ) do
          messages.send_to_moderators!(
            title: I18n.t("#{SCOPE}.moderators_title", case_id: mediation_case.id),
            raw:
              I18n.t(
                "#{SCOPE}.moderators_#{what}",
                spaces: spaces(recommendation),
                from: messages.time(recommendation.answer_until),
                days: ::DiscourseMediation::Rules::Record::Recommendation::ANSWER_DAYS,
                case_url: "#{Discourse.base_url}/mediation/cases/#{mediation_case.id}",
              ),
          )
        end
      end

      # One line each, escaped: a space's name cannot become a link, a
      # mention, an emoji or an onebox, nor leave its line.
      def spaces(recommendation)
        recommendation
          .spaces
          .map { |name| "- #{::DiscourseMediation::Markdown.literal(name)}" }
          .join("\n")
      end

      def messages
        ::DiscourseMediation::Notices::SystemMessage
      end
    end
  end
end
