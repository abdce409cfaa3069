# frozen_string_literal: true

module DiscourseMediation
  class MediationCase
    # Where the conduct happened. A case about a private message shows the
    # mediators, the voters and the moderators that one message, which the
    # member who asked let them read, and never the conversation's title or
    # a link into it: they cannot open it.
    module Place
      extend ActiveSupport::Concern

      included { validates :conduct_place, inclusion: { in: Rules::Case::ConductPlace::PLACES } }

      def private_message?
        conduct_place == "private_message"
      end

      # The post in question as a link in the plugin's messages. A private
      # message's link leaves out its slug, which is made from its title:
      # only the conversation's own people can open it, and they know it.
      def post_full_url
        return nil if post.blank?
        return "#{Discourse.base_url}/t/#{post.topic_id}/#{post.post_number}" if private_message?
        post.full_url
      end

      # The topic's title as the plugin shows it to anyone.
      def topic_title
        if private_message?
          I18n.t("discourse_mediation.private_message_title")
        else
          topic&.title || I18n.t("discourse_mediation.deleted_topic")
        end
      end
    end
  end
end
