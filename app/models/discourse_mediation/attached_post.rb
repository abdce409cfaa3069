# frozen_string_literal: true

module DiscourseMediation
  # A further post a mediator attached to a case, with why it matters. The
  # case's own post stays the first; the report cites these after it.
  class AttachedPost < ActiveRecord::Base
    self.table_name = "discourse_mediation_attached_posts"

    NOTE_MAX_LENGTH = 1000
    # The most a case may have: a pattern, not a file of everything.
    MAX_PER_CASE = 20

    belongs_to :mediation_case, foreign_key: :case_id, inverse_of: :attached_posts
    belongs_to :post
    belongs_to :added_by, class_name: "User"

    validates :note, presence: true, length: { maximum: NOTE_MAX_LENGTH }

    # Within its topic, as the case's own post is linked (with the forum's
    # subfolder); nil once the post or its topic is gone, or the topic has
    # become a private message.
    def url
      topic = post&.topic
      topic && !topic.private_message? ? "#{topic.relative_url}/#{post.post_number}" : nil
    end

    # Its topic's title for the mediators, who may read it.
    def topic_title
      topic = post&.topic
      if topic.nil?
        I18n.t("discourse_mediation.deleted_post")
      elsif topic.private_message?
        I18n.t("discourse_mediation.private_message_title")
      else
        topic.title
      end
    end

    # What the report shows of it to everyone who reads the report: the
    # person concerned, the people named as affected and the voters. The
    # title and link of a public discussion; of a post in a category not
    # everyone may read, only that it is one (the note says why it matters).
    def citation
      topic = post&.topic
      if topic && (topic.private_message? || topic.category&.read_restricted)
        { topic_title: I18n.t("discourse_mediation.restricted_topic"), url: nil, post_number: nil }
      else
        link = url
        { topic_title:, url: link, post_number: link && post.post_number }
      end
    end
  end
end

# == Schema Information
#
# Table name: discourse_mediation_attached_posts
#
#  id          :bigint           not null, primary key
#  case_id     :integer          not null
#  post_id     :integer          not null
#  added_by_id :integer          not null
#  note        :text             not null
#  created_at  :datetime         not null
#  updated_at  :datetime         not null
#
# Indexes
#
#  idx_mediation_attached_posts_once  (case_id,post_id) UNIQUE
#
