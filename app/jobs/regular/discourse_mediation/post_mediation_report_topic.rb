# frozen_string_literal: true

module Jobs
  module DiscourseMediation
    # Posts the report, the statements and the cited items' text as a topic in
    # the reports category, by the system user; the ballot shows above it.
    # The topic is closed to replies from the start: voters do not deliberate
    # where the person concerned cannot read or answer. A voter's question
    # goes to the mediators from the ballot (Ballot::AskQuestion), and the
    # answer is posted here by the system user, which core lets post in a
    # closed topic.
    class PostMediationReportTopic < ::Jobs::Base
      def execute(args)
        ballot =
          ::DiscourseMediation::Ballot.includes(
            mediation_case: [:topic, :post, { report: :citations }, { statements: :user }],
          ).find_by(id: args[:ballot_id])
        return if ballot.blank? || ballot.topic_id.present?

        category = Category.find_by(id: SiteSetting.mediation_reports_category)
        return if category.blank?

        # The topic and its link on the ballot commit together, once: a retry
        # or a second run finds the link and posts nothing.
        ballot.with_lock do
          next if ballot.topic_id.present?
          post =
            PostCreator.create!(
              Discourse.system_user,
              title: ::DiscourseMediation::ReportTopic.title(ballot),
              raw: ::DiscourseMediation::ReportTopic.raw(ballot),
              category: category.id,
              skip_validations: true,
            )
          post.topic.update_status(
            "closed",
            true,
            Discourse.system_user,
            message: I18n.t("discourse_mediation.report_topic.closed_notice"),
          )
          ballot.update!(topic_id: post.topic_id)
        end
      end
    end
  end
end
