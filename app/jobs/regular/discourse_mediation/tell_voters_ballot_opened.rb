# frozen_string_literal: true

module Jobs
  module DiscourseMediation
    # Tells each member on a ballot's roll, in a message of their own, that a
    # vote they may take part in has opened, and until when. The roll, not the
    # voter groups: those the case recused are not asked to vote. Each is told
    # once, even if the job runs again.
    class TellVotersBallotOpened < ::Jobs::Base
      def execute(args)
        ballot =
          ::DiscourseMediation::Ballot.includes(mediation_case: :topic).find_by(
            id: args[:ballot_id],
          )
        return if ballot.blank? || !ballot.open?

        mediation_case = ballot.mediation_case
        topic_title = mediation_case.topic_title
        scope = "discourse_mediation.notifications.ballot_opened"
        values = {
          topic_title: ::DiscourseMediation::Markdown.inline(topic_title),
          closes_at: ::DiscourseMediation::Notices::SystemMessage.time(ballot.closes_at),
          ballot_url: "#{Discourse.base_url}/mediation/ballots/#{ballot.id}",
        }
        User
          .where(id: ballot.voters.select(:user_id))
          .find_each do |voter|
            ::DiscourseMediation::Notices::SystemMessage.send_once!(
              mediation_case,
              "ballot_opened:#{ballot.id}",
              voter,
              title: I18n.t("#{scope}.#{ballot.kind}_title", topic_title:),
              raw: I18n.t("#{scope}.#{ballot.kind}_body", **values),
            )
          end
      end
    end
  end
end
