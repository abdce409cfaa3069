# frozen_string_literal: true

module DiscourseMediation
  class MediationCase
    # Where the conduct happened. A case about a private message shows the
    # mediators, the voters and the moderators that one message, which the
    # member who asked let them read, and never the conversation's title or
    # a link into it: they cannot open it.
    module Place
      extend ActiveSupport::Concern

      included do
        # Conduct outside the forum: links, quoted texts and uploads.
        has_many :evidence,
                 -> { order(:created_at, :id) },
                 class_name: "DiscourseMediation::Evidence",
                 foreign_key: :case_id,
                 inverse_of: :mediation_case

        validates :conduct_place, inclusion: { in: Rules::Case::ConductPlace::PLACES }
        # Every message names conduct outside the forum by where and when.
        validates :conduct_where, :conduct_on, presence: true, if: :elsewhere?
      end

      def private_message?
        conduct_place == "private_message"
      end

      # Conduct outside the forum: no topic, no post, no banner; where and
      # when it happened, and its evidence.
      def elsewhere?
        conduct_place == "elsewhere"
      end

      # Where and when conduct outside the forum happened (`ConductElsewhere`
      # in lib/types/), as the case page and the report show it.
      def conduct_elsewhere
        { where: conduct_where, happened_on: conduct_on&.iso8601 } if elsewhere?
      end

      # Mediators may step in where everyone reads (a post marked as the
      # mediator's, a cool-down) only in a public topic; anywhere else
      # mediation happens in a private conversation.
      def in_public_topic?
        conduct_place == "forum"
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
        elsif elsewhere?
          I18n.t("discourse_mediation.elsewhere_title", where: conduct_where)
        else
          topic&.title || I18n.t("discourse_mediation.deleted_topic")
        end
      end
    end
  end
end
